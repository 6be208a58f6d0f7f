namespace RoadmapGit.Core.Doctor;

/// <summary>What undoing mojibake gave: the text, how much was mended, and what could not be.</summary>
/// <param name="Mended">Characters turned back into what they were.</param>
/// <param name="MendedLines">Lines on which something was mended.</param>
/// <param name="First">The first mended place, to show what was wrong.</param>
/// <param name="CodePage">The code page the text was read as (<c>Windows-1254</c>), as far as its characters tell.</param>
public sealed record MojibakeRepair(
    string Text,
    int Mended,
    int MendedLines,
    IReadOnlyList<LostCharacter> Lost,
    (int Line, string Mangled, string Repaired)? First,
    string CodePage)
{
    public bool Found => Mended > 0;
}
