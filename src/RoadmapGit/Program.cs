using RoadmapGit;
using RoadmapGit.CommandLine;
using RoadmapGit.Commands;

CollectionBudget.Start();
return new CommandRunner(RoadmapGitCommands.Table).Run(args, Directory.GetCurrentDirectory(), new Output(Console.Out, Console.Error));
