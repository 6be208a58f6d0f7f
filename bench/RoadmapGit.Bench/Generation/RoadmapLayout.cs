using System.Globalization;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// The roadmap's plan: sections of a few topics each (more for a bigger roadmap), the sections'
/// notes kept in one folder per group of sections, <c>notes/NN-area/NNN-topic.md</c>.
/// </summary>
internal sealed class RoadmapLayout
{
    private RoadmapLayout(IReadOnlyList<Section> sections, IReadOnlyList<string> folders)
    {
        Sections = sections;
        Folders = folders;
        Topics = sections.SelectMany(s => s.Topics).ToList();
    }

    public IReadOnlyList<Section> Sections { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<string> Folders { get; }

    public static RoadmapLayout Create(RepositorySize size, Prng random)
    {
        var folders = Enumerable.Range(0, size.Folders).Select(FolderName).ToList();
        var perSection = Math.Max(3, (int)Math.Round(Math.Sqrt(size.Notes) / 2));
        var counts = new List<int>();
        for (var left = size.Notes; left > 0;)
        {
            var count = Math.Min(left, random.Between((perSection + 1) / 2, perSection + perSection / 2));
            counts.Add(count);
            left -= count;
        }

        var digits = Math.Max(2, size.Notes.ToString(CultureInfo.InvariantCulture).Length);
        var sections = new List<Section>();
        var number = 0;
        for (var s = 0; s < counts.Count; s++)
        {
            var folder = folders[s * folders.Count / counts.Count];
            var topics = new List<Topic>();
            for (var t = 0; t < counts[s]; t++)
            {
                number++;
                var title = $"{random.Pick(Words.Adjectives)} {random.Pick(Words.Nouns)}";
                var style = (NoteStyle)random.Next(3);
                topics.Add(new Topic(number, number.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'), title, Slug(title), folder, style));
            }

            var area = Words.Areas[s * folders.Count / counts.Count % Words.Areas.Count];
            var heading = string.Create(
                CultureInfo.InvariantCulture,
                $"{Words.SectionEmoji[s % Words.SectionEmoji.Count]} {s + 1}. {area.Replace('-', ' ').ToUpperInvariant()}: {topics[0].Title.ToUpperInvariant()} AND MORE");
            sections.Add(new Section(heading, topics));
        }

        return new RoadmapLayout(sections, folders);
    }

    public static string Slug(string title) => title.ToLowerInvariant().Replace(' ', '-');

    private static string FolderName(int index)
    {
        var area = Words.Areas[index % Words.Areas.Count];
        var round = index / Words.Areas.Count;
        return string.Create(CultureInfo.InvariantCulture, $"notes/{index + 1:00}-{area}{(round > 0 ? $"-{round + 1}" : string.Empty)}");
    }
}
