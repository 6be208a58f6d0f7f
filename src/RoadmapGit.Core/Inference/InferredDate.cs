namespace RoadmapGit.Core.Inference;

/// <summary>A date cell's value: a day, no day, or unknown (history is cut: keep what the table says).</summary>
public sealed record InferredDate(DateOnly? Day, bool IsUnknown, string Why)
{
    public static InferredDate None { get; } = new(null, false, "no date");

    public static InferredDate Known(DateOnly day, string why) => new(day, false, why);

    public static InferredDate Unknown(string why) => new(null, true, why);
}
