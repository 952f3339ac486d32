using System.IO.Compression;
using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.OpenChild;

/// <summary>
/// <c>OpenChild &lt;org file&gt; old|new [ready file]</c>: opens the organization in the file with one of two sets of
/// step registrations (<see cref="Registrations"/>), so its registration rows are written at open, then closes it.
/// The ready file is created just before the open, so a test can aim a kill -9 at the open itself.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 4 && args[1] == "import")
        {
            return SolutionImportChild.Run(args[0], args[2], args[3]);
        }

        if (args.Length is < 2 or > 3 || args[1] is not ("old" or "new"))
        {
            Console.Error.WriteLine("usage: OpenChild <org file> old|new [ready file] | OpenChild <org file> import <solution zip> <ready file>");
            return 2;
        }

        var options = new LocalOrganizationOptions { Steps = Registrations.Of(args[1]), EnforceSecurity = false };
        if (args.Length == 3)
        {
            File.WriteAllText(args[2], "opening");
        }

        using (LocalOrganization.Open(args[0], options))
        {
        }

        Console.WriteLine("opened");
        return 0;
    }
}

/// <summary>
/// <c>OpenChild &lt;org file&gt; import &lt;zip&gt; &lt;ready file&gt;</c>: opens the organization (standard tables only) and imports
/// the zip (a plain zip of an unpacked folder) with ImportSolution; the ready file is created just before the import, so a
/// test can aim a kill -9 at it.
/// </summary>
public static class SolutionImportChild
{
    public static int Run(string orgFile, string zipFile, string readyFile)
    {
        var options = new LocalOrganizationOptions
        {
            Catalog = Metadata.LocalMetadata.StandardOnly(),
            SolutionPackageReader = new PlainZipReader(),
            EnforceSecurity = false,
        };
        using var organization = LocalOrganization.Open(orgFile, options);
        var package = File.ReadAllBytes(zipFile);
        File.WriteAllText(readyFile, "importing");
        organization.SystemService.Execute(new Microsoft.Crm.Sdk.Messages.ImportSolutionRequest { CustomizationFile = package });
        Console.WriteLine("imported");
        return 0;
    }

    private sealed class PlainZipReader : ISolutionPackageReader
    {
        public void Unpack(byte[] package, string folder)
        {
            using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
            archive.ExtractToDirectory(folder);
        }
    }
}

/// <summary>
/// Two sets of many steps with images: the new one drops the first hundred of the old, changes the others' rank
/// and filtering columns, and adds a hundred, so going from one to the other deletes, updates and creates rows
/// in one transaction long enough to be killed in.
/// </summary>
public static class Registrations
{
    public const int Count = 300;

    public static IReadOnlyList<StepDefinition> Of(string set) => set == "old"
        ? [.. Enumerable.Range(0, Count).Select(i => Step(i, rank: 1, filtering: []))]
        : [.. Enumerable.Range(100, Count).Select(i => Step(i, rank: 2, filtering: ["name"]))];

    private static StepDefinition Step(int i, int rank, IReadOnlyList<string> filtering) => new()
    {
        Id = new Guid($"0c000000-0000-0000-0000-{i:D12}"),
        PluginType = typeof(NoOpPlugin),
        Message = "Update",
        Table = "account",
        Stage = StepStage.PreOperation,
        Rank = rank,
        FilteringAttributes = filtering,
        Images = [new StepImageDefinition { Alias = "before", Kind = StepImageKind.PreImage, Attributes = filtering }],
    };
}

/// <summary>The plug-in the steps name; the child never runs a request, so it is never called.</summary>
public sealed class NoOpPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
