namespace RoadmapGit.Core.Demo;

/// <summary>
/// A dated month of learning on the sample roadmap, adopted as the learner kept it by hand: the
/// two rows they had filled in stay as written; more notes follow, some finished, one reopened,
/// one left a stub, one written past midnight (dated by the learner's own clock); one start date
/// typed by hand, one topic marked done by hand in the table, and one date handed back.
/// </summary>
public static class DemoHistory
{
    private const string Done = "---\nstatus: done\n---\n";

    private const string Http = "# HTTP\n\nA request has a method, a path, headers and an optional body; a response has a status code.\n";

    private const string Dns = "# DNS\n\nA resolver asks the root, then the TLD servers, then the authoritative server for a name.\n";

    /// <summary>The two rows as the roadmap first had them, before the learner filled them in by hand.</summary>
    public static IReadOnlyList<(string Filled, string Blank)> HandFilledRows { get; } =
    [
        ("| **How does the internet work?** | ✅ Completed | 09.02.2026 | 09.02.2026 |", "| **How does the internet work?** | 🔴 Not Started | xx.xx.xx | xx.xx.xx |"),
        ("| **What is HTTP?** | ✅ In Progress | 10.02.2026 | 10.02.2026 |", "| **What is HTTP?** | 🔴 Not Started | xx.xx.xx | xx.xx.xx |"),
    ];

    /// <summary>The learner's own commits before roadmap-git: each note with a hand edit of its row.</summary>
    public static IReadOnlyList<DemoStep> BeforeAdoption { get; } =
    [
        new("2026-02-09T21:30:00+03:00", "Internet basics", "notes/01-internet-basics.md",
            Done + "# How the internet works\n\nPackets travel between networks through routers; TCP/IP gives every host an address and a reliable stream.\n",
            (HandFilledRows[0].Blank, HandFilledRows[0].Filled)),
        new("2026-02-10T22:15:00+03:00", "Start HTTP", "notes/02-http-protocol.md", Http,
            (HandFilledRows[1].Blank, HandFilledRows[1].Filled)),
    ];

    public static IReadOnlyList<DemoStep> Steps { get; } =
    [
        new("2026-02-12T19:40:00+03:00", "More HTTP", "notes/02-http-protocol.md",
            Http + "\n## Caching\n\nCache-Control and ETag decide what a client may reuse.\n"),
        new("2026-02-13T18:00:00+03:00", "Open a note for domain names", "notes/03-domain-names.md", "# Domain names\n\n## Summary\n\n- \n"),
        new("2026-02-14T10:05:00+03:00", "Start DNS", "notes/05-dns-system.md", Dns),
        new("2026-02-16T01:30:00+03:00", "Hosting types, late at night", "notes/04-hosting-types.md",
            "# Hosting\n\n- [x] shared hosting\n- [x] VPS\n- [x] dedicated servers\n- [x] cloud and serverless\n"),
        new("2026-02-18T21:10:00+03:00", "Finish DNS", "notes/05-dns-system.md", Done + Dns + "\nRecords: A, AAAA, CNAME, MX, TXT.\n"),
        new("2026-02-20T19:00:00+03:00", "Start HTML", "notes/07-html-basics.md",
            "# HTML\n\nSemantic elements describe meaning: header, nav, main, article, footer.\n"),
        new("2026-02-23T20:30:00+03:00", "Finish HTML", "notes/07-html-basics.md",
            "**Status:** ✅ Completed\n\n# HTML\n\nSemantic elements describe meaning: header, nav, main, article, footer.\n\nForms post fields by name.\n"),
        new("2026-02-25T18:45:00+03:00", "Start CSS", "notes/08-css-basics.md",
            "# CSS\n\n- [x] selectors and specificity\n- [x] the box model\n- [ ] flexbox\n- [ ] grid\n"),
        new("2026-02-27T09:00:00+03:00", "Git basics, studied since the 25th", "notes/12-git-basics.md",
            Done + "# Git\n\nCommits form a graph; branches are movable names for commits; the index stages the next commit.\n",
            ("| **Git** | 🔴 Not Started | xx.xx.xx |", "| **Git** | 🔴 Not Started | 25.02.2026 |")),
        new("2026-03-02T19:20:00+03:00", "Reopen DNS for DNS over HTTPS", "notes/05-dns-system.md",
            "---\nstatus: in-progress\n---\n" + Dns + "\nRecords: A, AAAA, CNAME, MX, TXT.\n\n## DNS over HTTPS\n\nQueries travel inside HTTPS; still reading.\n"),
        new("2026-03-03T18:00:00+03:00", "Start JavaScript", "notes/09-js-basics.md",
            "# JavaScript\n\nClosures capture variables; promises and async functions order asynchronous work.\n"),
        new("2026-03-04T20:00:00+03:00", "GitHub", "notes/13-github-platform.md",
            Done + "# GitHub\n\nPull requests carry review; Actions run workflows on pushes and pull requests.\n"),
        new("2026-03-05T19:30:00+03:00", "JavaScript done (marked in the table)", RoadmapEdit:
            ("| **JavaScript Basics** | 🟡 In Progress | 03.03.2026 | xx.xx.xx |", "| **JavaScript Basics** | ✅ Completed | 03.03.2026 | 04.03.2026 |")),
        new("2026-03-06T19:30:00+03:00", "Start PostgreSQL; hand the JavaScript finish date back", "notes/14-postgresql-fundamentals.md",
            "# PostgreSQL\n\nTables, indexes and transactions; EXPLAIN ANALYZE shows the plan a query really ran.\n",
            ("| **JavaScript Basics** | ✅ Completed | 03.03.2026 | 04.03.2026 |", "| **JavaScript Basics** | ✅ Completed | 03.03.2026 | xx.xx.xx |")),
        new("2026-03-07T19:30:00+03:00", "Start REST", "notes/17-rest-api-fundamentals.md",
            "# REST\n\nResources are named by URLs and changed through the uniform interface of HTTP methods.\n"),
    ];
}
