namespace DataverseSharing.Benchmarks.Data;

/// <summary>
/// A long-tail vocabulary of pronounceable synthetic words drawn with Zipf frequencies (rank r has weight 1/r),
/// so the inverted index sees the skew of real text: a few very common words with long postings and thousands of
/// rare ones. Deterministic for a given size and seed.
/// </summary>
internal sealed class ZipfVocabulary
{
    private static readonly string[] Onsets = ["b", "br", "c", "ch", "d", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io"];
    private static readonly string[] Codas = ["", "n", "r", "s", "l", "m", "x", "nd", "rt"];

    private readonly string[] words;
    private readonly double[] cumulative;

    public ZipfVocabulary(int size, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        words = new string[size];
        var filled = 0;
        while (filled < size)
        {
            var syllables = 2 + random.Next(3);
            var word = "";
            for (var s = 0; s < syllables; s++)
            {
                word += Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)];
            }

            word += Codas[random.Next(Codas.Length)];
            if (seen.Add(word))
            {
                words[filled++] = word;
            }
        }

        cumulative = new double[size];
        var total = 0.0;
        for (var r = 0; r < size; r++)
        {
            total += 1.0 / (r + 1);
            cumulative[r] = total;
        }

        for (var r = 0; r < size; r++)
        {
            cumulative[r] /= total;
        }
    }

    public string Next(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        if (index < 0)
        {
            index = ~index;
        }

        return words[Math.Min(index, words.Length - 1)];
    }
}
