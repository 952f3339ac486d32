using System.Text.RegularExpressions;

namespace DataverseSharing.LocalDataverse.Pipeline.Solution;

/// <summary>
/// The organization's messages that have no documented sdkmessageid (custom APIs, custom handlers, CreateMultiple
/// and the other bulk messages), for a step file to name: by the id the registration rows give the message, or by
/// the message's name as a word of the step's Name.
/// </summary>
internal sealed partial class CustomMessages
{
    private readonly Dictionary<Guid, string> byId = new();
    private readonly Dictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);

    public CustomMessages(IEnumerable<string> messages)
    {
        foreach (var message in messages.Where(m => SdkMessageIds.IdOf(m) is null))
        {
            byId[MessageId(message)] = message;
            byName[message] = message;
        }
    }

    /// <summary>The sdkmessageid the registration rows give a message without a documented one.</summary>
    public static Guid MessageId(string message) => Setup.StableIds.Of("sdkmessage", message);

    /// <summary>The message with this id, else the one message the step's Name mentions; null when neither finds exactly one.</summary>
    public string? Find(Guid id, string? stepName)
    {
        if (byId.TryGetValue(id, out var message))
        {
            return message;
        }

        var named = stepName is null ? [] : Words().Matches(stepName).Select(m => byName.GetValueOrDefault(m.Value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    public string Describe() => byName.Count == 0 ? "none" : string.Join(", ", byName.Values.Order(StringComparer.Ordinal));

    [GeneratedRegex(@"[A-Za-z0-9_]+")]
    private static partial Regex Words();
}
