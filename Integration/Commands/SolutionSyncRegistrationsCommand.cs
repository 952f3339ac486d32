using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Engine;
using DataverseSharing.Plugins.Registration;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// solution sync-registrations: writes the plug-in registration files (steps, plug-in package, custom APIs) from the
/// declarations on the plug-in classes, or with --check only reports what differs (exit 3), for CI.
/// </summary>
public static class SolutionSyncRegistrationsCommand
{
    public static Command Build(CliContext context)
    {
        var folder = new Option<string?>("--folder") { Description = "The unpacked solution folder (default: Solution/src of the repository around the current folder)" };
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that differ and exit 3 if any do" };
        var command = new Command("sync-registrations", "Generate SdkMessageProcessingSteps, pluginpackages and customapis from the [PluginStep] and [CustomApi] declarations.\n" +
            "Example: dataverse-sharing solution sync-registrations --check")
        {
            folder, check,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(context, () =>
        {
            var root = parse.GetValue(folder) is { } given ? Path.GetFullPath(given) : FindSolutionFolder(Directory.GetCurrentDirectory());
            var warnings = new List<string>();
            IReadOnlyList<GeneratedFile> files;
            try
            {
                files = RegistrationFiles.For(PackageSolution.Package, warnings);
            }
            catch (PluginRegistrationException e)
            {
                throw CliException.Invalid(e.Message);
            }

            foreach (var warning in warnings)
            {
                context.Error.WriteLine("warning: " + warning);
            }

            IReadOnlyList<RegistrationDifference> differences;
            try
            {
                differences = parse.GetValue(check) ? RegistrationSync.Compare(root, files) : RegistrationSync.Write(root, files);
            }
            catch (Exception e) when (e is InvalidDataException or DirectoryNotFoundException)
            {
                throw CliException.Invalid(e.Message);
            }

            foreach (var difference in differences)
            {
                context.Output.WriteLine(difference.ToString());
            }

            if (parse.GetValue(check))
            {
                return Task.FromResult(differences.Count == 0
                    ? Report(context, $"The registration files in {root} match the declarations.")
                    : throw CliException.Invalid($"{differences.Count} registration file(s) in {root} differ from the declarations; run `dataverse-sharing solution sync-registrations` and commit the result."));
            }

            return Task.FromResult(Report(context, differences.Count == 0
                ? $"The registration files in {root} already match the declarations."
                : $"Wrote {differences.Count(d => d.Drift != RegistrationDrift.Stale)} and removed {differences.Count(d => d.Drift == RegistrationDrift.Stale)} registration file(s) in {root}."));
        }));
        return command;
    }

    private static int Report(CliContext context, string line)
    {
        context.Output.WriteLine(line);
        return ExitCodes.Success;
    }

    // The repository's Solution/src: the first one found walking up from the current folder.
    internal static string FindSolutionFolder(string start)
    {
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "Solution", "src");
            if (File.Exists(Path.Combine(candidate, "Other", "Solution.xml")))
            {
                return candidate;
            }
        }

        throw CliException.Usage($"No Solution/src/Other/Solution.xml in {start} or any folder above it; name the solution folder with --folder.");
    }
}
