using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml.Linq;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// Writes the SuggestionsJson response of dvs_SuggestPractices, in the shape of <c>suggest --json</c>
/// (docs/console.md): the deal, the library's size, the ranked suggestions with their reasons, and the counts that
/// say why a list is short. Written with the framework's JSON writer, fed XML elements typed by a "type" attribute.
/// </summary>
public static class SuggestionsJson
{
    /// <summary>The document for one ranking; <paramref name="opportunityId"/> is null for a what-if deal.</summary>
    public static string Write(Guid? opportunityId, string name, DealContext deal, ApprovedLibrary library, SuggestionList suggestions)
    {
        if (deal is null || library is null || suggestions is null)
        {
            throw new ArgumentNullException(deal is null ? nameof(deal) : library is null ? nameof(library) : nameof(suggestions));
        }

        var root = new XElement(
            "root",
            Type("object"),
            Value("opportunityId", opportunityId?.ToString("D")),
            Value("name", name),
            Value("stage", deal.Stage?.ToString()),
            Number("libraryCount", library.Index.Count),
            new XElement("suggestions", Type("array"), suggestions.Select(s => Suggestion(s, library))),
            Number("requested", suggestions.Requested),
            Number("eligibleCount", suggestions.Eligible),
            Number("maxPerTopic", suggestions.MaxPerTopic),
            Value("note", SuggestionText.Shortfall(suggestions)));

        using var stream = new MemoryStream();
        using (var writer = JsonReaderWriterFactory.CreateJsonWriter(stream, Encoding.UTF8, ownsStream: false))
        {
            root.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static XElement Suggestion(Suggestion suggestion, ApprovedLibrary library) => new(
        "item",
        Type("object"),
        Number("rank", suggestion.Rank),
        Value("practiceId", suggestion.Practice.Id),
        Value("practiceKey", library.KeyOf(suggestion.Practice.Id)),
        Value("title", suggestion.Practice.Title),
        Value("topic", suggestion.Practice.Topic.ToString()),
        Number("score", SuggestionText.Shown(suggestion.Score)),
        new XElement("reasons", Type("array"), suggestion.Reasons.Select(r => new XElement(
            "item",
            Type("object"),
            Value("factor", r.Factor),
            Value("text", r.Text),
            Number("contribution", SuggestionText.Shown(r.Contribution))))));

    private static XAttribute Type(string type) => new("type", type);

    private static XElement Value(string name, string? value) =>
        value is null ? new XElement(name, Type("null")) : new XElement(name, Type("string"), value);

    private static XElement Number(string name, int value) => new(name, Type("number"), value.ToString(CultureInfo.InvariantCulture));

    // "R" round-trips the double, so the reader gets exactly the value printed.
    private static XElement Number(string name, double value) => new(name, Type("number"), value.ToString("R", CultureInfo.InvariantCulture));
}
