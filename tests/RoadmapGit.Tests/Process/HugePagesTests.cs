using System.Runtime.InteropServices;

namespace RoadmapGit.Tests.Process;

/// <summary>
/// Only the collector's own memory is ever advised: a writable anonymous mapping that holds the
/// address, read from the kernel's list of mappings.
/// </summary>
public sealed class HugePagesTests
{
    private static readonly string[] Maps =
    [
        "55a6ca894000-55a6caa86000 r-xp 00000000 08:01 1234                       /usr/bin/roadmap-git",
        "55a6e7d09000-55a6e7d2a000 rw-p 00000000 00:00 0                          [heap]",
        "7fb2e2800000-7fb2eac00000 ---p 00000000 00:00 0 ",
        "7fb2eac00000-7fb2f2e6f000 rw-p 00000000 00:00 0 ",
        "7fb2f2e6f000-7fb2f3000000 ---p 00000000 00:00 0",
        "7fbeab737000-7fbeab90c000 rw-p 00001000 08:01 99                         /usr/lib/libgit2.so",
        "7fff084c3000-7fff084e4000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void TheWritableAnonymousMappingHoldingTheAddress_IsAdvised() =>
        Assert.Equal((0x7fb2eac00000UL, 0x7fb2f2e6f000UL), HugePages.MappingAround(0x7fb2eda15df8, Maps));

    [Theory]
    [InlineData(0x55a6ca8a0000UL)] // the executable
    [InlineData(0x55a6e7d10000UL)] // the C heap
    [InlineData(0x7fb2e3000000UL)] // reserved, not yet writable
    [InlineData(0x7fb2f2e6f000UL)] // one past the writable mapping's end
    [InlineData(0x7fbeab800000UL)] // a library's data
    [InlineData(0x7fff084d0000UL)] // the stack
    [InlineData(0x1000UL)] // in no mapping
    public void AnyOtherMapping_IsNot(ulong address) =>
        Assert.Null(HugePages.MappingAround(address, Maps));

    [Theory]
    [InlineData("")]
    [InlineData("not a mapping")]
    [InlineData("7fb2eac00000 rw-p 00000000 00:00 0")]
    [InlineData("zz-7fb2f2e6f000 rw-p 00000000 00:00 0")]
    [InlineData("7fb2eac00000-7fb2f2e6f000 rw-p")]
    public void ALineThatIsNoMapping_IsPassedOver(string line) =>
        Assert.Null(HugePages.MappingAround(0x7fb2eda15df8, [line]));

    /// <summary>The kernel's own list, as the tool reads it (the suite runs on Linux, like the native package).</summary>
    [Fact]
    public void ThisProcessesHeap_IsFoundInItsOwnMappings()
    {
        var probe = GCHandle.Alloc(new byte[64], GCHandleType.Pinned);
        try
        {
            var address = (ulong)probe.AddrOfPinnedObject();
            var mapping = HugePages.MappingAround(address, File.ReadLines("/proc/self/maps"));

            Assert.NotNull(mapping);
            Assert.InRange(address, mapping.Value.Start, mapping.Value.End - 1);
        }
        finally
        {
            probe.Free();
        }
    }
}
