using System.Runtime.InteropServices;

namespace RoadmapGit.Tests.Process;

/// <summary>
/// Only the collector's own memory is ever advised: the unbroken run of anonymous private
/// mappings that holds the address, as far as the budget reaches, read from the kernel's list.
/// </summary>
public sealed class HugePagesTests
{
    private const ulong MiB = 1024 * 1024;

    private static readonly string[] Maps =
    [
        "55a6ca894000-55a6caa86000 r-xp 00000000 08:01 1234                       /usr/bin/roadmap-git",
        "55a6e7d09000-55a6e7d2a000 rw-p 00000000 00:00 0                          [heap]",
        "7fb2c4000000-7fb2c4021000 rw-p 00000000 00:00 0 ",
        "7fb2e2800000-7fb2eac00000 ---p 00000000 00:00 0 ",
        "7fb2eac00000-7fb2eae00000 rw-p 00000000 00:00 0 ",
        "7fb2eae00000-7fb2f3000000 ---p 00000000 00:00 0",
        "7fb2f3000000-7fb2f3001000 r--p 00000000 00:00 0",
        "7fbeab737000-7fbeab90c000 rw-p 00001000 08:01 99                         /usr/lib/libgit2.so",
        "7fff084c3000-7fff084e4000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void TheRunOfReservedAndWritableMappingsAroundTheAddress_IsAdvised_AsFarAsTheBudgetReaches()
    {
        var address = 0x7fb2eac00010UL;

        Assert.Equal((address - (64 * MiB) - 0x10, 0x7fb2eac00000UL + (64 * MiB) + 4096), HugePages.SpanAround(address, 64 * MiB, Maps));
    }

    [Fact]
    public void ABudgetBeyondTheRun_StopsAtItsEnds()
    {
        Assert.Equal((0x7fb2e2800000UL, 0x7fb2f3000000UL), HugePages.SpanAround(0x7fb2eac00010, 1024 * MiB, Maps));
    }

    [Theory]
    [InlineData(0x55a6ca8a0000UL)] // the executable
    [InlineData(0x55a6e7d10000UL)] // the C heap
    [InlineData(0x7fb2f3000800UL)] // read-only
    [InlineData(0x7fbeab800000UL)] // a library's data
    [InlineData(0x7fff084d0000UL)] // the stack
    [InlineData(0x1000UL)] // in no mapping
    public void AnyOtherMapping_IsNot(ulong address) =>
        Assert.Null(HugePages.SpanAround(address, 128 * MiB, Maps));

    [Theory]
    [InlineData("")]
    [InlineData("not a mapping")]
    [InlineData("7fb2eac00000 rw-p 00000000 00:00 0")]
    [InlineData("zz-7fb2f2e6f000 rw-p 00000000 00:00 0")]
    [InlineData("7fb2eac00000-7fb2f2e6f000 rw-p")]
    [InlineData("7fb2f2e6f000-7fb2eac00000 rw-p 00000000 00:00 0")]
    public void ALineThatIsNoMapping_IsPassedOver(string line) =>
        Assert.Null(HugePages.SpanAround(0x7fb2eda15df8, 128 * MiB, [line]));

    /// <summary>The kernel's own list, as the tool reads it (the suite runs on Linux, like the native package).</summary>
    [Fact]
    public void ThisProcessesHeap_IsFoundInItsOwnMappings()
    {
        var probe = GCHandle.Alloc(new byte[64], GCHandleType.Pinned);
        try
        {
            var address = (ulong)probe.AddrOfPinnedObject();
            var span = HugePages.SpanAround(address, 128 * MiB, File.ReadLines("/proc/self/maps"));

            Assert.NotNull(span);
            Assert.InRange(address, span.Value.Start, span.Value.End - 1);
            Assert.True(span.Value.End - span.Value.Start <= (256 * MiB) + 4096);
        }
        finally
        {
            probe.Free();
        }
    }
}
