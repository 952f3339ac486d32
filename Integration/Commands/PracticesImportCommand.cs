using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.PracticeFiles;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// practices import: upserts a practice file by key, all or nothing (invalid records refuse the whole file unless
/// --skip-invalid; on the embedded org the writes are one transaction, see <see cref="PracticeImporter"/>).
/// </summary>
public static class PracticesImportCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var file = new Argument<string>("file") { Description = "A .json or .csv practice file (docs/practice-files.md)" };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid records and report the invalid ones, instead of importing nothing" };
        var command = new Command("import", "Import practices from a JSON or CSV file, updating those whose key exists.\n" +
            "Example: dataverse-sharing practices import playbook.csv --skip-invalid")
        {
            file, skipInvalid,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(context, () =>
        {
            var path = parse.GetValue(file)!;
            IReadOnlyList<ImportedPractice> valid;
            IReadOnlyList<PracticeFileError> errors;
            try
            {
                (valid, errors) = PracticeFileReader.Read(path);
            }
            catch (PracticeFileException e)
            {
                throw CliException.Invalid(e.Message);
            }

            foreach (var error in errors)
            {
                context.Error.WriteLine("error: " + error);
            }

            if (errors.Count > 0 && !parse.GetValue(skipInvalid))
            {
                throw CliException.Invalid($"{errors.Count} problem(s) in {Path.GetFileName(path)}; nothing imported (fix them, or add --skip-invalid to import the {valid.Count} valid record(s)).");
            }

            return CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
            {
                var counts = PracticeImporter.Import(connection, valid);
                context.Output.WriteLine($"Imported {valid.Count} practice(s) from {Path.GetFileName(path)}: {counts.Created} created, {counts.Updated} updated, {counts.Unchanged} unchanged" +
                    (errors.Count > 0 ? $"; {errors.Count} problem(s) skipped." : "."));
                return Task.FromResult(errors.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Success);
            });
        }));
        return command;
    }
}
