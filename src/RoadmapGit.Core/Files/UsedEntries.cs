namespace RoadmapGit.Core.Files;

/// <summary>
/// The entries of a cache named by content (a blob never changes, so neither does what is worked
/// out from it): those loaded from the last run, and those this run used or added — the only ones
/// worth keeping for the next run, so the file never grows beyond what one run needs.
/// </summary>
internal sealed class UsedEntries<TKey, TValue>(Dictionary<TKey, TValue> loaded)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _used = new(loaded.Comparer);
    private bool _added;

    /// <summary>What this run used or added, to be saved.</summary>
    public IReadOnlyDictionary<TKey, TValue> Used => _used;

    /// <summary>True when saving would change the file: something was added, or less was used than was loaded.</summary>
    public bool Changed => _added || _used.Count != loaded.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_used.TryGetValue(key, out value!))
        {
            return true;
        }

        if (!loaded.TryGetValue(key, out value!))
        {
            return false;
        }

        _used[key] = value;
        return true;
    }

    public void Add(TKey key, TValue value)
    {
        _used[key] = value;
        _added = true;
    }
}
