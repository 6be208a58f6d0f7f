using RoadmapGit.Core.History;

namespace RoadmapGit.Tests.History;

/// <summary>What a query's notes and files make a reader look at.</summary>
public sealed class PathCoverageTests
{
    [Fact]
    public void NotesOfAFolder_CoverTheFolder_WhateverOrderTheFoldersComeIn()
    {
        var coverage = PathCoverage.For(["notes/a/1.md", "notes/a/2.md", "notes/b/3.md", "notes/a/4.md", "top.md", "notes/b/5.md"], ["README.md"]);

        Assert.Equal(["README.md", "notes/a", "notes/b", "top.md"], coverage.Items);
        Assert.True(coverage.Covers("notes/a/new.md"));
        Assert.True(coverage.Covers("notes/b/deeper/new.md"));
        Assert.False(coverage.Covers("notes/c/new.md"));
        Assert.False(coverage.Covers("other.md"));
    }

    [Fact]
    public void AFolderUnderAnother_IsCoveredByTheOuterOne()
    {
        var coverage = PathCoverage.For(["notes/a/deep/1.md", "notes/2.md", "notes/a/3.md"], []);

        Assert.Equal(["notes"], coverage.Items);
    }

    [Fact]
    public void FoldersThatShareAPrefix_AreToldApart()
    {
        var coverage = PathCoverage.For(["notes/ab/1.md", "notes/a/2.md", "notes/abc/3.md"], []);

        Assert.Equal(["notes/a", "notes/ab", "notes/abc"], coverage.Items);
        Assert.False(coverage.Covers("notes/abcd/4.md"));
    }
}
