using System.Diagnostics;

namespace DataverseSharing.Packer.Tests;

public sealed class LeftoversTests : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "leftovers-" + Guid.NewGuid().ToString("N"));

    public LeftoversTests() => Directory.CreateDirectory(temp);

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Clean_SiblingsOfAnEndedProcess_RemovedAndThoseOfARunningOneKept()
    {
        var target = Path.Combine(temp, "s.zip");
        using var running = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var ended = EndedProcessId();
        var live = Path.Combine(temp, $".s.zip.{running.Id}.0a1b2c3d.tmp");
        var dead = Path.Combine(temp, $".s.zip.{ended}.0a1b2c3d.tmp");
        var other = Path.Combine(temp, $".t.zip.{ended}.0a1b2c3d.tmp");
        foreach (var file in new[] { live, dead, other })
        {
            File.WriteAllText(file, "x");
        }

        try
        {
            Leftovers.Clean(target);

            Assert.True(File.Exists(live));
            Assert.False(File.Exists(dead));
            Assert.True(File.Exists(other));
        }
        finally
        {
            running.Kill();
            running.WaitForExit();
        }
    }

    [Fact]
    public void Clean_SetAsideFolderWithTheTargetGone_PutsItBack()
    {
        var target = Path.Combine(temp, "src");
        var ended = EndedProcessId();
        var aside = Path.Combine(temp, $".src.{ended}.0a1b2c3d.old");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "a.xml"), "previous");
        Directory.CreateDirectory(Path.Combine(temp, $".src.{ended}.9f8e7d6c.unpack"));

        Leftovers.Clean(target);

        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "a.xml")));
        Assert.Equal(new[] { target }, Directory.GetFileSystemEntries(temp));
    }

    [Fact]
    public void Clean_SetAsideFolderWithTheTargetThere_IsRemoved()
    {
        var target = Path.Combine(temp, "src");
        Directory.CreateDirectory(target);
        var aside = Path.Combine(temp, $".src.{EndedProcessId()}.0a1b2c3d.old");
        Directory.CreateDirectory(aside);

        Leftovers.Clean(target);

        Assert.Equal(new[] { target }, Directory.GetFileSystemEntries(temp));
    }

    private static int EndedProcessId()
    {
        using var done = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        done.WaitForExit();
        return done.Id;
    }
}
