using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Plugins.Mapping;

/// <summary>
/// The text of <c>dvs_competitoroutcomes</c>: one line per competitor, <c>Fabrikam: 7 won, 2 lost</c>. Readable on the
/// form, and parsed from the right so a competitor name may itself contain a colon or a comma.
/// </summary>
public static class CompetitorOutcomesColumn
{
    private const string WonSeparator = " won, ";
    private const string LostSuffix = " lost";

    /// <summary>The column text, or null when there are no per-competitor outcomes.</summary>
    public static string? Format(IReadOnlyList<CompetitorOutcome> outcomes)
    {
        if (outcomes is null || outcomes.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var outcome in outcomes)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(FormatLine(outcome));
        }

        return text.ToString();
    }

    /// <summary>Reads the column text; blank lines are skipped.</summary>
    /// <param name="where">Names the record in errors ("dvs_bestpractice 6f1c…").</param>
    /// <exception cref="ArgumentException">A line is not <c>name: N won, M lost</c>; the message names the record, column and line.</exception>
    public static IReadOnlyList<CompetitorOutcome> Parse(string? text, string where)
    {
        var outcomes = new List<CompetitorOutcome>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return outcomes;
        }

        var lines = text!.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
            {
                outcomes.Add(ParseLine(line, where, i + 1));
            }
        }

        return outcomes;
    }

    /// <summary>Reads one line, <c>Fabrikam: 7 won, 2 lost</c>; false when it is not in that form.</summary>
    public static bool TryParseLine(string? line, out CompetitorOutcome? outcome)
    {
        outcome = line is null ? null : TryParse(line.Trim());
        return outcome is not null;
    }

    /// <summary>One line of the column, <c>Fabrikam: 7 won, 2 lost</c>.</summary>
    public static string FormatLine(CompetitorOutcome outcome)
    {
        if (outcome is null)
        {
            throw new ArgumentNullException(nameof(outcome));
        }

        return outcome.Competitor + ": " + outcome.Won.ToString(CultureInfo.InvariantCulture) + WonSeparator
            + outcome.Lost.ToString(CultureInfo.InvariantCulture) + LostSuffix;
    }

    private static CompetitorOutcome ParseLine(string line, string where, int number) =>
        TryParse(line) ?? throw new ArgumentException(
            $"{where}: {Schema.BestPracticeSchema.CompetitorOutcomes} line {number.ToString(CultureInfo.InvariantCulture)} is '{line}'; expected 'Competitor: 7 won, 2 lost'.");

    private static CompetitorOutcome? TryParse(string line)
    {
        var lostAt = line.EndsWith(LostSuffix, StringComparison.Ordinal) ? line.Length - LostSuffix.Length : -1;
        var wonAt = lostAt > 0 ? line.LastIndexOf(WonSeparator, lostAt, StringComparison.Ordinal) : -1;
        var colonAt = wonAt > 0 ? line.LastIndexOf(':', wonAt) : -1;
        if (colonAt > 0
            && TryCount(line.Substring(colonAt + 1, wonAt - colonAt - 1), out var won)
            && TryCount(line.Substring(wonAt + WonSeparator.Length, lostAt - wonAt - WonSeparator.Length), out var lost)
            && line.Substring(0, colonAt).Trim().Length > 0)
        {
            return new CompetitorOutcome(line.Substring(0, colonAt), won, lost);
        }

        return null;
    }

    private static bool TryCount(string text, out int count) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count);
}
