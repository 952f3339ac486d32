using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// One sales concept: the words best-practice articles use for it (<see cref="Terms"/>) and the ways reps say it in
/// deal notes (<see cref="Phrases"/>). When a deal's notes contain one of the terms or phrases, the ranking also
/// looks for the group's other terms, so "the purchasing department wants 20% off" reaches an article about procurement
/// discounts.
/// </summary>
public sealed class ConceptGroup
{
    /// <param name="name">A short label, shown in explanations ("procurement").</param>
    /// <param name="terms">Article vocabulary, separated by '|' ("procurement|purchasing|sourcing"). A term also
    /// triggers the group when a rep writes it, unless it starts with '~' ("~contract"): such a term is only looked
    /// for in articles, because in deal notes the word mostly means something else ("contract manufacturer").</param>
    /// <param name="phrases">Rep phrasing, separated by '|'; each phrase matches as a sequence of words.</param>
    /// <exception cref="ArgumentException">The name or terms are empty.</exception>
    public ConceptGroup(string name, string terms, string phrases)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A concept group needs a name.", nameof(name));
        }

        Name = name;
        var articleOnly = new List<string>();
        var all = new List<string>();
        foreach (var term in Split(terms))
        {
            var plain = term.TrimStart('~').Trim();
            if (plain.Length == 0)
            {
                continue;
            }

            all.Add(plain);
            if (term[0] == '~')
            {
                articleOnly.Add(plain);
            }
        }

        Terms = all;
        ArticleOnlyTerms = articleOnly;
        Phrases = Split(phrases);
        if (Terms.Count == 0)
        {
            throw new ArgumentException($"Concept group '{name}' has no terms.", nameof(terms));
        }
    }

    public string Name { get; }

    /// <summary>Every article term, without the '~' marker.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The terms written with '~': looked for in articles, but not a sign of the concept in deal notes.</summary>
    public IReadOnlyList<string> ArticleOnlyTerms { get; }

    public IReadOnlyList<string> Phrases { get; }

    private static List<string> Split(string? list)
    {
        var parts = new List<string>();
        foreach (var part in (list ?? "").Split('|'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                parts.Add(trimmed);
            }
        }

        return parts;
    }
}
