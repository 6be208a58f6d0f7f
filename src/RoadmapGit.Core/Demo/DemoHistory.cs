namespace RoadmapGit.Core.Demo;

/// <summary>
/// A dated month of learning on the sample roadmap: twelve notes, some finished, one reopened,
/// one left a stub, one written past midnight (dated by the learner's own clock).
/// </summary>
public static class DemoHistory
{
    private const string Done = "---\nstatus: done\n---\n";

    public static IReadOnlyList<DemoStep> Steps { get; } =
    [
        new("2026-02-09T09:30:00+03:00", "notes/01-internet-basics.md",
            Done + "# How the internet works\n\nPackets travel between networks through routers; TCP/IP gives every host an address and a reliable stream.\n",
            "Internet basics"),
        new("2026-02-10T20:15:00+03:00", "notes/02-http-protocol.md",
            "# HTTP\n\nA request has a method, a path, headers and an optional body; a response has a status code.\n",
            "Start HTTP"),
        new("2026-02-12T19:40:00+03:00", "notes/02-http-protocol.md",
            Done + "# HTTP\n\nA request has a method, a path, headers and an optional body; a response has a status code.\n\n## Caching\n\nCache-Control and ETag decide what a client may reuse.\n",
            "Finish HTTP"),
        new("2026-02-13T18:00:00+03:00", "notes/03-domain-names.md",
            "# Domain names\n\n## Summary\n\n- \n",
            "Open a note for domain names"),
        new("2026-02-14T10:05:00+03:00", "notes/05-dns-system.md",
            "# DNS\n\nA resolver asks the root, then the TLD servers, then the authoritative server for a name.\n",
            "Start DNS"),
        new("2026-02-16T01:30:00+03:00", "notes/04-hosting-types.md",
            "# Hosting\n\n- [x] shared hosting\n- [x] VPS\n- [x] dedicated servers\n- [x] cloud and serverless\n",
            "Hosting types, late at night"),
        new("2026-02-18T21:10:00+03:00", "notes/05-dns-system.md",
            Done + "# DNS\n\nA resolver asks the root, then the TLD servers, then the authoritative server for a name.\n\nRecords: A, AAAA, CNAME, MX, TXT.\n",
            "Finish DNS"),
        new("2026-02-20T19:00:00+03:00", "notes/07-html-basics.md",
            "# HTML\n\nSemantic elements describe meaning: header, nav, main, article, footer.\n",
            "Start HTML"),
        new("2026-02-23T20:30:00+03:00", "notes/07-html-basics.md",
            "**Status:** ✅ Completed\n\n# HTML\n\nSemantic elements describe meaning: header, nav, main, article, footer.\n\nForms post fields by name.\n",
            "Finish HTML"),
        new("2026-02-25T18:45:00+03:00", "notes/08-css-basics.md",
            "# CSS\n\n- [x] selectors and specificity\n- [x] the box model\n- [ ] flexbox\n- [ ] grid\n",
            "Start CSS"),
        new("2026-02-27T09:00:00+03:00", "notes/12-git-basics.md",
            Done + "# Git\n\nCommits form a graph; branches are movable names for commits; the index stages the next commit.\n",
            "Git basics"),
        new("2026-03-02T19:20:00+03:00", "notes/02-http-protocol.md",
            "---\nstatus: in-progress\n---\n# HTTP\n\nA request has a method, a path, headers and an optional body; a response has a status code.\n\n## Caching\n\nCache-Control and ETag decide what a client may reuse.\n\n## HTTP/3\n\nRuns over QUIC; still reading.\n",
            "Reopen HTTP for HTTP/3"),
        new("2026-03-03T18:00:00+03:00", "notes/09-js-basics.md",
            "# JavaScript\n\nClosures capture variables; promises and async functions order asynchronous work.\n",
            "Start JavaScript"),
        new("2026-03-04T20:00:00+03:00", "notes/13-github-platform.md",
            Done + "# GitHub\n\nPull requests carry review; Actions run workflows on pushes and pull requests.\n",
            "GitHub"),
        new("2026-03-05T19:30:00+03:00", "notes/14-postgresql-fundamentals.md",
            "# PostgreSQL\n\nTables, indexes and transactions; EXPLAIN ANALYZE shows the plan a query really ran.\n",
            "Start PostgreSQL"),
        new("2026-03-06T19:30:00+03:00", "notes/17-rest-api-fundamentals.md",
            "# REST\n\nResources are named by URLs and changed through the uniform interface of HTTP methods.\n",
            "Start REST"),
    ];
}
