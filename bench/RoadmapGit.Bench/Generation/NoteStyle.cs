namespace RoadmapGit.Bench.Generation;

/// <summary>How a note says it is done: the three ways the tool reads.</summary>
internal enum NoteStyle
{
    /// <summary>Front matter <c>status: done</c>, added when the topic is finished.</summary>
    FrontMatter,

    /// <summary>A <c>**Status:** ✅ Completed</c> line under the title.</summary>
    StatusLine,

    /// <summary>A task list, all checked when the topic is finished.</summary>
    Tasks,
}
