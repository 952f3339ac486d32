using CsvHelper;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.PracticeFiles;
using DataverseSharing.Testing.Practices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataverseSharing.Integration.Tests.PracticeFiles;

/// <summary>
/// Export then import, through the real writer and the real reader and a file on disk, for generated practices
/// whose texts hold formula starters, quotes, separators, every kind of line break, non-ASCII and astral-plane
/// characters (<see cref="PracticeTextGen"/>).
/// </summary>
public sealed class PracticeFileRoundTripTests : IDisposable
{
    private const string FormulaStarters = "=+-@\t\r";
    private readonly PracticeFileScratch files = new();

    public void Dispose() => files.Dispose();

    [Property(MaxTest = 200)]
    public Property WriteThenRead_ValidPracticesAsJson_ReadsBackEveryFieldTrimmed() => RoundTrip(PracticeFileFormat.Json);

    [Property(MaxTest = 200)]
    public Property WriteThenRead_ValidPracticesAsCsv_ReadsBackEveryFieldTrimmed() => RoundTrip(PracticeFileFormat.Csv);

    [Property(MaxTest = 100)]
    public Property Write_AnyPracticesAsCsv_NoCellStartsWithAFormulaCharacter() =>
        Prop.ForAll(PracticeFileGen.Files().ToArbitrary(), file =>
        {
            var path = files.Write(file.Written, PracticeFileFormat.Csv);
            using var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', HasHeader = true });
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var cell = reader.GetString(i) ?? string.Empty;
                    Assert.False(cell.Length > 0 && FormulaStarters.Contains(cell[0], StringComparison.Ordinal), $"cell '{cell}' starts like a formula");
                }
            }
        });

    [Property(MaxTest = 100)]
    public Property Read_IllegalControlCharacterInAnyText_IsAnErrorNamingThatField() =>
        Prop.ForAll(Corrupted().ToArbitrary(), corrupted =>
        {
            var (field, format, practice) = corrupted;
            var path = files.Write(new[] { practice }, format);

            var (valid, errors) = PracticeFileReader.Read(path);

            Assert.Empty(valid);
            Assert.Contains(errors, e => e.Field == field);
        });

    private Property RoundTrip(PracticeFileFormat format) =>
        Prop.ForAll(PracticeFileGen.Files().ToArbitrary(), file =>
        {
            var (valid, errors) = PracticeFileReader.Read(files.Write(file.Written, format));

            Assert.Empty(errors);
            Assert.Equal(file.Expected.Select(PracticeFileView.Describe), valid.Select(v => PracticeFileView.Describe(new KeyedPractice(v.Key, v.Practice))));
        });

    // A valid practice with one control character that no text may hold put into one of its texts. NUL is left
    // out: in a CSV file it makes the whole file unreadable, which PracticeFileTextTests covers.
    private static Gen<(string Field, PracticeFileFormat Format, KeyedPractice Practice)> Corrupted() =>
        from pair in PracticeFileGen.Practice()
        from field in Gen.Elements(PracticeFields.Key, PracticeFields.Title, PracticeFields.Summary, PracticeFields.Body, PracticeFields.Keywords)
        from control in Gen.Elements(PracticeTextGen.IllegalControls.Where(c => c != '\0').ToArray())
        from at in Gen.Choose(0, 1000)
        from format in Gen.Elements(PracticeFileFormat.Json, PracticeFileFormat.Csv)
        select (field, format, Corrupt(pair.Expected, field, text => Insert(text, control, at)));

    private static KeyedPractice Corrupt(KeyedPractice keyed, string field, Func<string, string> change)
    {
        var p = keyed.Practice;
        return field switch
        {
            PracticeFields.Key => keyed with { Key = change(keyed.Key) },
            PracticeFields.Title => keyed with { Practice = p with { Title = change(p.Title) } },
            PracticeFields.Summary => keyed with { Practice = p with { Summary = change(p.Summary) } },
            PracticeFields.Body => keyed with { Practice = p with { Body = change(p.Body) } },
            _ => keyed with { Practice = p with { Keywords = p.Keywords.Count == 0 ? new[] { change("word") } : p.Keywords.Skip(1).Prepend(change(p.Keywords[0])).ToList() } },
        };
    }

    // Inside the text (never at an end, where import's trimming might be what removes it), between two UTF-16
    // code units that are not a surrogate pair.
    private static string Insert(string text, char control, int at)
    {
        text = "a" + text + "z";
        var index = 1 + (at % (text.Length - 1));
        if (char.IsLowSurrogate(text[index]))
        {
            index--;
        }

        return text.Insert(index, control.ToString());
    }
}
