namespace RoadmapGit.Core.Doctor;

/// <summary>What the bytes left of a lost character tell about it.</summary>
public enum LostHint
{
    Unknown,

    /// <summary>A four-byte character of the emoji planes.</summary>
    Emoji,

    /// <summary>A variation selector: almost always the invisible mark that shows the symbol before it as an emoji.</summary>
    EmojiMark,
}
