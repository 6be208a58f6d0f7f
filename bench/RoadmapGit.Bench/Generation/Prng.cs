namespace RoadmapGit.Bench.Generation;

/// <summary>
/// SplitMix64: the same seed gives the same numbers on every machine and runtime. Only integer
/// arithmetic and exact double operations are used, so no library function can change a
/// generated repository.
/// </summary>
internal sealed class Prng(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64() => Hash(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>SplitMix64's finaliser: a well-spread 64-bit hash of <paramref name="z"/>.</summary>
    public static ulong Hash(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An independent stream, so one part of the generator can change without moving the others.</summary>
    public Prng Fork() => new(NextUInt64());

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
