using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Doctor;

/// <summary>
/// What <c>roadmap-git doctor</c> does: read the configuration, run the engine once as
/// <c>update</c> would (writing nothing), and put every check to it.
/// </summary>
public static class Checkup
{
    public static CheckupReport Run(GitRepository repository, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var context = Examine(repository, clock);
        var checks = Checks();
        var claimed = checks.SelectMany(c => c.Claims).ToHashSet(StringComparer.Ordinal);
        checks.Add(new OtherWarningsCheck(claimed));
        return new CheckupReport(checks
            .Select(c => new CheckResult(c.Title, c.NeedsPlan && context.Plan is null ? [Diagnose.NotChecked()] : c.Run(context).ToList()))
            .ToList());
    }

    /// <summary>Every check, in the order a learner would fix things: what stops the others first.</summary>
    private static List<IDoctorCheck> Checks() =>
    [
        new ConfigurationCheck(),
        new EncodingCheck(),
        new RoadmapTablesCheck(),
        new NoteLinksCheck(),
        new UnlinkedNotesCheck(),
        new NoteValuesCheck(),
        new HandValuesCheck(),
        new StaleTableCheck(),
        new HistoryCheck(),
        new HookCheck(),
    ];

    private static DoctorContext Examine(GitRepository repository, TimeProvider clock)
    {
        var workTree = new WorkTree(repository.WorkingDirectory);
        try
        {
            var config = ConfigLoader.Load(repository.WorkingDirectory);
            try
            {
                var plan = new RoadmapEngine(repository, repository.History, config, clock).Plan(PlanRequest.WorkingTree);
                return new DoctorContext(repository, workTree, config, null, plan, null);
            }
            catch (UsageException e)
            {
                return new DoctorContext(repository, workTree, config, null, null, e);
            }
        }
        catch (ConfigException e)
        {
            return new DoctorContext(repository, workTree, RoadmapConfig.Default, e, null, null);
        }
    }
}
