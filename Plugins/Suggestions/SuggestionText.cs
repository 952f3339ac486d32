using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// How suggestions read wherever they are shown: numbers rounded as printed, the sign before a reason, the reasons
/// as one text (the dvs_reasons column), and the note that says why a list is shorter than asked. The console, the
/// custom API and the suggestion rows all use these, so they never disagree.
/// </summary>
public static class SuggestionText
{
    /// <summary>The most characters dvs_reasons holds.</summary>
    public const int ReasonsMaxLength = 4000;

    /// <summary>
    /// A contribution as printed: four decimals, and a zero is 0, never -0 (a conservative lift of "-0" is no
    /// lift, and a minus would read as a push down).
    /// </summary>
    public static double Shown(double value)
    {
        var rounded = Math.Round(value, 4);
        return rounded == 0 ? 0.0 : rounded;
    }

    /// <summary>
    /// The mark before a reason: '+' it pushed the practice up, '-' down, '=' it counted nothing (a record too thin
    /// or too even to prove anything is still worth reading). Decided on the printed value, so text and JSON agree.
    /// </summary>
    public static char Sign(double contribution)
    {
        var shown = Shown(contribution);
        return shown > 0 ? '+' : shown < 0 ? '-' : '=';
    }

    /// <summary>The reasons one per line, each with its mark, cut to <see cref="ReasonsMaxLength"/>.</summary>
    public static string Reasons(IEnumerable<SuggestionReason> reasons)
    {
        var text = string.Join("\n", (reasons ?? Enumerable.Empty<SuggestionReason>()).Select(r => Sign(r.Contribution) + " " + r.Text));
        return text.Length <= ReasonsMaxLength ? text : text.Substring(0, ReasonsMaxLength);
    }

    /// <summary>Why fewer suggestions came back than were asked for, from the counts the ranking reports; null when none are missing.</summary>
    public static string? Shortfall(SuggestionList suggestions)
    {
        if (suggestions is null)
        {
            throw new ArgumentNullException(nameof(suggestions));
        }

        if (suggestions.Count >= suggestions.Requested)
        {
            return null;
        }

        var reasons = new List<string>(2);
        if (suggestions.Eligible < suggestions.Requested)
        {
            reasons.Add(Invariant("only {0} approved practice(s) are eligible for this deal (not expired, visible to you, and reached by its notes or fields, or among the best-proven)", suggestions.Eligible));
        }

        if (suggestions.AfterTopicCap < suggestions.Eligible)
        {
            reasons.Add(Invariant("at most {0} suggestions share a topic, which holds back {1} eligible practice(s) on topics already full", suggestions.MaxPerTopic, suggestions.Eligible - suggestions.AfterTopicCap));
        }

        return Invariant("Showing {0} of the {1} asked for: {2}.", suggestions.Count, suggestions.Requested, string.Join("; ", reasons));
    }

    private static string Invariant(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
