using System.Text;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Init;

/// <summary>
/// Adopts an existing roadmap: finds the roadmap files, proposes the completion mode its history
/// fits, adds what the config lacks, installs the hook, and lists the hand values history
/// disagrees with. Everything is read and checked before the first write, and no roadmap is
/// written: the table stays byte for byte as the learner left it.
/// </summary>
public static class Initializer
{
    public static InitResult Run(GitRepository repository, InitRequest request, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(request);
        var workTree = new WorkTree(repository.WorkingDirectory);
        var history = new CachingHistory(repository.History);
        var configText = workTree.Read(RoadmapConfig.FileName, "configuration file") is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
        var config = configText is null ? RoadmapConfig.Default : ConfigLoader.Parse(configText);
        var present = configText is null ? new HashSet<string>() : ConfigAdditions.KeysOf(configText);

        var roadmapsConfigured = present.Contains("roadmaps");
        var roadmaps = roadmapsConfigured ? config.Roadmaps : RoadmapDiscovery.Find(repository.TrackedPaths(), workTree, config.OverallLabels);
        if (roadmaps.Count == 0)
        {
            throw Fail.NoRoadmapFound(RoadmapConfig.FileName);
        }

        var completionConfigured = present.Contains("completion");
        if (completionConfigured && request.Mode is { } asked && asked != config.Completion)
        {
            throw Fail.CompletionAlreadySet(RoadmapConfig.FileName, ConfigNames.Of(config.Completion), ConfigNames.Of(asked));
        }

        // Which cells are hand-written, and what history says of each note, does not depend on the mode: one run tells the proposal.
        var adopted = config with { Roadmaps = roadmaps, Completion = completionConfigured ? config.Completion : request.Mode ?? config.Completion };
        var kept = Plan(repository, history, adopted, clock, rebuild: false);
        var proposal = new ModeAdvisor(history.ReadText, config.OverallLabels).Propose(kept);
        var (completion, source) = completionConfigured ? (config.Completion, ModeSource.Config)
            : request.Mode is { } mode ? (mode, ModeSource.Option)
            : (proposal.Mode, ModeSource.History);
        if (completion != adopted.Completion)
        {
            adopted = adopted with { Completion = completion };
            kept = Plan(repository, history, adopted, clock, rebuild: false);
        }

        var disagreements = Disagreements.Between(kept, Plan(repository, history, adopted, clock, rebuild: true));
        var pending = kept.Changes.ToList();

        var wanted = new List<(string, string)> { ("$schema", ConfigAdditions.Quote(ConfigSchema.Reference)) };
        if (!roadmaps.SequenceEqual(RoadmapConfig.Default.Roadmaps, StringComparer.Ordinal))
        {
            wanted.Add(("roadmaps", "[" + string.Join(", ", roadmaps.Select(ConfigAdditions.Quote)) + "]"));
        }

        wanted.Add(("completion", ConfigAdditions.Quote(ConfigNames.Of(completion))));
        var (newConfig, added) = ConfigAdditions.Apply(configText, wanted);
        if (newConfig != configText)
        {
            workTree.Write(RoadmapConfig.FileName, Encoding.UTF8.GetBytes(newConfig), "configuration file");
        }

        var schema = ConfigAdditions.StringAt(newConfig, "$schema") == ConfigSchema.Reference ? WriteSchema(workTree) : (FileOutcome?)null;
        var hook = request.Hook is { } tool ? Install(repository, tool) : null;
        return new InitResult(
            roadmaps, roadmapsConfigured, proposal, completion, source,
            configText is null ? FileOutcome.Created : added.Count > 0 ? FileOutcome.Updated : FileOutcome.Unchanged,
            added, schema, hook, disagreements,
            pending.Count(c => c.Cell is ChangedCell.Status or ChangedCell.Start or ChangedCell.Finish),
            pending.Count(c => c.Cell is ChangedCell.OverallStatus or ChangedCell.OverallStart or ChangedCell.OverallFinish),
            kept.Diagnostics);
    }

    private static EnginePlan Plan(GitRepository repository, IRepositoryHistory history, RoadmapConfig config, TimeProvider clock, bool rebuild) =>
        new RoadmapEngine(repository, history, config, clock).Plan(new PlanRequest(RoadmapSource.WorkingTree, Rebuild: rebuild));

    /// <summary>The copy of the schema the config's <c>$schema</c> points at, brought up to this tool's version.</summary>
    private static FileOutcome WriteSchema(WorkTree workTree)
    {
        var schema = ConfigSchema.Bytes();
        var existing = workTree.Read(ConfigSchema.FileName, "schema file");
        if (existing is not null && existing.AsSpan().SequenceEqual(schema))
        {
            return FileOutcome.Unchanged;
        }

        workTree.Write(ConfigSchema.FileName, schema, "schema file");
        return existing is null ? FileOutcome.Created : FileOutcome.Updated;
    }

    private static InstalledHook Install(GitRepository repository, ToolCommand tool)
    {
        var (result, path) = HookInstaller.Install(repository.WorkingDirectory, tool);
        return new InstalledHook(result, path);
    }
}
