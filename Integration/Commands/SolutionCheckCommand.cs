using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Engine;
using DataverseSharing.Packer;
using DataverseSharing.Plugins.Registration;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// solution check: validates the packed customizations.xml and sitemaps against the solution schemas and checks what
/// they do not cover; on the package's own Solution/src also compares the step files with the declarations.
/// </summary>
public static class SolutionCheckCommand
{
    public static Command Build(CliContext context)
    {
        var folder = new Option<string?>("--folder") { Description = "The unpacked solution folder (default: Solution/src of the repository around the current folder)" };
        var schemas = new Option<string?>("--schemas") { Description = "The folder of the solution XSDs (default: schemas/9.0.0.2090 beside the console)" };
        var command = new Command("check", "Check the unpacked solution against the schemas and for consistency; exit 3 with one error line per problem.\nExample: dataverse-sharing solution check")
        {
            folder, schemas,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(context, () =>
        {
            var ours = parse.GetValue(folder) is null;
            var root = parse.GetValue(folder) is { } given ? Path.GetFullPath(given) : SolutionSyncRegistrationsCommand.FindSolutionFolder(Directory.GetCurrentDirectory());
            var schemaFolder = parse.GetValue(schemas) is { } s ? Path.GetFullPath(s) : FindSchemas();
            var problems = new List<SolutionProblem>();
            try
            {
                problems.AddRange(SolutionChecker.Check(root, schemaFolder));
            }
            catch (PackerException e)
            {
                throw CliException.Invalid(e.Message);
            }

            if (ours)
            {
                // The package's own folder: its step, package and custom API files must be what the declarations generate.
                var warnings = new List<string>();
                try
                {
                    foreach (var difference in RegistrationSync.Compare(root, RegistrationFiles.For(PackageSolution.Package, warnings)))
                    {
                        problems.Add(new SolutionProblem(difference.ToString(), 0, "differs from the [PluginStep]/[CustomApi] declarations; run `dataverse-sharing solution sync-registrations`"));
                    }
                }
                catch (Exception e) when (e is PluginRegistrationException or InvalidDataException)
                {
                    problems.Add(new SolutionProblem(root, 0, e.Message));
                }
            }

            foreach (var problem in problems)
            {
                context.Error.WriteLine("error: " + problem);
            }

            if (problems.Count > 0)
            {
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            context.Output.WriteLine($"{root}: no problems.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    // The schemas ship beside the console (the Packer's Schemas folder, copied to schemas/9.0.0.2090 by the build).
    private static string FindSchemas()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "schemas", "9.0.0.2090");
        return File.Exists(Path.Combine(beside, "CustomizationsSolution.xsd"))
            ? beside
            : throw CliException.Usage($"No CustomizationsSolution.xsd in {beside}; name the schema folder with --schemas.");
    }
}
