using System.CommandLine;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Commands;

/// <summary>The --status and --topic options of the practices commands, parsed to the Domain's names.</summary>
public static class PracticeFilters
{
    public static Option<PracticeStatus?> Status() => new("--status") { Description = "Only practices in this status: Draft, Submitted, Approved, Rejected or Retired" };

    public static Option<string?> Topic()
    {
        var option = new Option<string?>("--topic") { Description = $"Only practices of this topic ({string.Join(", ", Enum.GetNames<PracticeTopic>())})" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !PracticeTopicParser.TryParse(text, out _))
            {
                r.AddError($"--topic '{text}' is not a topic (one of {string.Join(", ", Enum.GetNames<PracticeTopic>())}).");
            }
        });
        return option;
    }

    public static PracticeTopic? ParseTopic(string? text) => text is null ? null : PracticeTopicParser.Parse(text);
}
