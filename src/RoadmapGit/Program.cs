using Cocona;
using Microsoft.Extensions.Logging;
using RoadmapGit.Commands;

var builder = CoconaApp.CreateBuilder(args, options => options.EnableShellCompletionSupport = false);
builder.Logging.ClearProviders();
var app = builder.Build();
app.AddCommands<RoadmapCommands>();
app.AddSubCommand("hook", hook => hook.AddCommands<HookCommands>()).WithDescription("Install, remove or run the pre-commit hook");
await app.RunAsync();
return Environment.ExitCode;
