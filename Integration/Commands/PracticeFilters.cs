using System.CommandLine;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Commands;

/// <summary>The --status and --topic options of the practices commands, parsed to the Domain's names.</summary>
public static class PracticeFilters
{
    public static Option<PracticeStatus?> Status() =>
        ChoiceOptions.Of<PracticeStatus>("--status", "Only practices in this status: Draft, Submitted, Approved, Rejected or Retired");

    // The topic parser also takes the labels ("Demo / Proof"), as practice files write them. The eleven names are
    // in the description; as the value's help name they would push every description off the screen.
    public static Option<PracticeTopic?> Topic()
    {
        var option = ChoiceOptions.Of<PracticeTopic>("--topic", $"Only practices of this topic ({string.Join(", ", Enum.GetNames<PracticeTopic>())})", PracticeTopicParser.TryParse);
        option.HelpName = "topic";
        return option;
    }
}
