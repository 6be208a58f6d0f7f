namespace RoadmapGit.Bench.Generation;

/// <summary>
/// Lays out the commits: mostly a straight main line, now and then a short side branch of a few
/// commits with main-line commits beside it, merged back; then picks which commits change notes.
/// </summary>
internal static class SlotPlanner
{
    private const double BranchChance = 0.012;

    public static List<CommitSlot> Lanes(int commits, Prng random)
    {
        var slots = new List<CommitSlot> { new(Lane.Main, -1, false) };
        var window = 0;
        while (slots.Count < commits)
        {
            var left = commits - slots.Count;
            if (left >= 4 && random.Chance(BranchChance))
            {
                var side = random.Between(2, Math.Min(6, left - 1));
                var main = random.Between(0, Math.Min(2 * side, left - 1 - side));
                var lanes = Enumerable.Repeat(Lane.Side, side).Concat(Enumerable.Repeat(Lane.Main, main)).ToList();
                random.Shuffle(lanes);
                slots.AddRange(lanes.Select(lane => new CommitSlot(lane, window, false)));
                slots.Add(new CommitSlot(Lane.Merge, window, false));
                window++;
            }
            else
            {
                slots.Add(new CommitSlot(Lane.Main, -1, false));
            }
        }

        return slots;
    }

    /// <summary>Marks <paramref name="count"/> of the commits that may change a note, spread evenly at random.</summary>
    public static void ChooseNoteCommits(List<CommitSlot> slots, int count, Prng random)
    {
        var candidates = slots.Count(s => s.CanTakeNote);
        for (var i = 0; i < slots.Count && count > 0; i++)
        {
            if (!slots[i].CanTakeNote)
            {
                continue;
            }

            // Selection sampling: every candidate has the same chance, and exactly count are taken.
            if (random.Next(candidates) < count)
            {
                slots[i] = slots[i] with { TakesNote = true };
                count--;
            }

            candidates--;
        }
    }
}
