using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Packer;

namespace DataverseSharing.Integration.Commands;

/// <summary>solution pack: writes the unpacked solution folder as a SolutionPackager zip, managed, unmanaged or both.</summary>
public static class SolutionPackCommand
{
    public static Command Build(CliContext context)
    {
        var folder = new Option<string?>("--folder") { Description = "The unpacked solution folder (default: Solution/src of the repository around the current folder)" };
        var output = new Option<string?>("--output") { Description = "The zip to write (default: <UniqueName>.zip, or <UniqueName>_managed.zip for managed, in the current folder)" };
        var managed = new Option<bool>("--managed") { Description = "Write the managed solution (Managed=1, the *_managed.xml variants)" };
        var unmanaged = new Option<bool>("--unmanaged") { Description = "Write the unmanaged solution" };
        var both = new Option<bool>("--both") { Description = "Write both; the managed zip gets the _managed suffix" };
        var command = new Command("pack", "Pack the unpacked solution into a zip Dataverse imports.\nExample: dataverse-sharing solution pack --managed --output DataverseSharing_managed.zip")
        {
            folder, output, managed, unmanaged, both,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(context, () =>
        {
            var root = parse.GetValue(folder) is { } given ? Path.GetFullPath(given) : SolutionSyncRegistrationsCommand.FindSolutionFolder(Directory.GetCurrentDirectory());
            var chosen = new[] { parse.GetValue(managed), parse.GetValue(unmanaged), parse.GetValue(both) }.Count(b => b);
            if (chosen != 1)
            {
                throw CliException.Usage("Choose exactly one of --managed, --unmanaged or --both.");
            }

            var types = parse.GetValue(both) ? new[] { SolutionPackageType.Unmanaged, SolutionPackageType.Managed }
                : parse.GetValue(managed) ? new[] { SolutionPackageType.Managed } : new[] { SolutionPackageType.Unmanaged };
            var name = UniqueName(root);
            foreach (var type in types)
            {
                var path = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : Path.GetFullPath(name + ".zip");
                if (type == SolutionPackageType.Managed && (parse.GetValue(both) || parse.GetValue(output) is null))
                {
                    path = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "_managed.zip");
                }

                try
                {
                    SolutionZip.PackToFile(root, path, type);
                }
                catch (PackerException e)
                {
                    throw CliException.Invalid(e.Message);
                }

                context.Output.WriteLine($"Wrote the {type.ToString().ToLowerInvariant()} solution {path}.");
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static string UniqueName(string root)
    {
        var solution = Path.Combine(root, "Other", "Solution.xml");
        try
        {
            return System.Xml.Linq.XDocument.Load(solution).Root?.Element("SolutionManifest")?.Element("UniqueName")?.Value is { Length: > 0 } name
                ? name
                : "solution";
        }
        catch (Exception e) when (e is IOException or System.Xml.XmlException)
        {
            throw CliException.Invalid($"{solution}: {e.Message}");
        }
    }
}
