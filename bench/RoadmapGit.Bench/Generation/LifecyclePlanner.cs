namespace RoadmapGit.Bench.Generation;

/// <summary>
/// Gives every note a life (never written, a stub, in progress, finished; some renamed, some
/// reopened, a few touched only in white space), fits the lives to the number of commits that
/// touch notes, and orders all changes in time: topics are taken up roughly in roadmap order,
/// a few at once.
/// </summary>
internal static class LifecyclePlanner
{
    public static IReadOnlyList<NoteEvent> Plan(IReadOnlyList<Topic> topics, int budget, Prng random)
    {
        var lives = topics.Select(_ => Life(random)).ToList();
        Fit(lives, budget, random);
        var timed = new List<(double Position, int Topic, int Index, NoteEvent Event)>();
        for (var t = 0; t < topics.Count; t++)
        {
            var positions = Positions(t, topics.Count, lives[t], random);
            for (var i = 0; i < lives[t].Count; i++)
            {
                timed.Add((positions[i], t, i, new NoteEvent(topics[t], lives[t][i])));
            }
        }

        return timed.OrderBy(e => e.Position).ThenBy(e => e.Topic).ThenBy(e => e.Index).Select(e => e.Event).ToList();
    }

    private static List<NoteEventKind> Life(Prng random)
    {
        var fate = random.NextDouble();
        var life = new List<NoteEventKind>();
        if (fate < 0.08)
        {
            return life;
        }

        if (fate < 0.15)
        {
            life.Add(NoteEventKind.CreateStub);
            return life;
        }

        life.AddRange(random.Chance(0.3) ? [NoteEventKind.CreateWritten] : [NoteEventKind.CreateStub, NoteEventKind.Fill]);
        if (fate >= 0.35)
        {
            life.Add(NoteEventKind.Complete);
            if (random.Chance(0.1))
            {
                life.Add(NoteEventKind.Reopen);
                if (random.Chance(0.5))
                {
                    life.Add(NoteEventKind.Complete);
                }
            }
        }

        if (random.Chance(0.06))
        {
            life.Insert(random.Between(FirstContent(life) + 1, life.Count), NoteEventKind.Rename);
        }

        if (random.Chance(0.05))
        {
            life.Insert(random.Between(FirstContent(life) + 1, life.Count), NoteEventKind.Touch);
        }

        return life;
    }

    /// <summary>Cuts lives short, or adds fills to notes with content, until the changes fill the budget.</summary>
    private static void Fit(List<List<NoteEventKind>> lives, int budget, Prng random)
    {
        var total = lives.Sum(l => l.Count);
        var order = Enumerable.Range(0, lives.Count).ToList();
        random.Shuffle(order);
        for (var i = 0; total > budget; i = (i + 1) % order.Count)
        {
            var life = lives[order[i]];
            if (life.Count > 0)
            {
                life.RemoveAt(life.Count - 1);
                total--;
            }
        }

        var written = lives.Where(l => FirstContent(l) < l.Count).ToList();
        for (; total < budget && written.Count > 0; total++)
        {
            var life = random.Pick(written);
            life.Insert(random.Between(FirstContent(life) + 1, life.Count), NoteEventKind.Fill);
        }
    }

    private static int FirstContent(List<NoteEventKind> life)
    {
        var index = life.FindIndex(k => k is NoteEventKind.CreateWritten or NoteEventKind.Fill);
        return index < 0 ? life.Count : index;
    }

    /// <summary>Points in [0, 1) of the history, increasing along the life: a topic is worked on over a short span, reopened much later.</summary>
    private static double[] Positions(int topic, int topicCount, List<NoteEventKind> life, Prng random)
    {
        var positions = new double[life.Count];
        if (life.Count == 0)
        {
            return positions;
        }

        var start = Math.Clamp((topic + topicCount * 0.15 * (random.NextDouble() - 0.5)) * 0.92 / topicCount, 0, 0.95);
        var step = 4.0 / topicCount;
        var at = start;
        for (var i = 0; i < life.Count; i++)
        {
            at += i == 0 ? 0 : (life[i] == NoteEventKind.Reopen ? 0.1 : step) * (0.05 + random.NextDouble());
            positions[i] = at;
        }

        var end = positions[^1];
        if (end > 0.999)
        {
            var scale = (0.999 - start) / (end - start);
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = start + (positions[i] - start) * scale;
            }
        }

        return positions;
    }
}
