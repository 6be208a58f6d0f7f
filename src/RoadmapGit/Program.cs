using Cocona;
using Microsoft.Extensions.Logging;
using RoadmapGit;
using RoadmapGit.Commands;

var builder = CoconaApp.CreateBuilder(args, options => options.EnableShellCompletionSupport = false);
builder.Logging.ClearProviders();
var app = builder.Build();
app.AddCommands<InitCommand>();
app.AddCommands<RoadmapCommands>();
app.AddSubCommand("hook", hook => hook.AddCommands<HookCommands>()).WithDescription("Install, remove or run the pre-commit hook");
await app.RunAsync();

// Cocona ends help and its own parse errors (an unknown command or option) with codes of its own.
if (Output.CommandStarted || Environment.ExitCode == ExitCodes.Success)
{
    return Environment.ExitCode;
}

return args.Any(a => a is "-h" or "--help") ? ExitCodes.Success : ExitCodes.UsageError;
