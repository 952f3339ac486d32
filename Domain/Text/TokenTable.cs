using System;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// A hash table from a token's characters (still in the analyzer's buffer) to an entry holding the token as a
/// string and its term (stem, or "" for a stop word). Looking up a buffer instead of a string means a word seen
/// before costs no allocation and no second stemming; at 100,000 practices that is most of the index build.
/// Open addressing with linear probing, load factor at most one half.
/// </summary>
internal sealed class TokenTable
{
    private int[] buckets = new int[1024];
    private string[] words = new string[512];
    private string[] terms = new string[512];
    private int[] hashes = new int[512];

    public int Count { get; private set; }

    public string Word(int entry) => words[entry];

    public string Term(int entry) => terms[entry];

    /// <summary>FNV-1a step, applied per character as the tokenizer appends it.</summary>
    public static int Step(int hash, char c) => unchecked((hash ^ c) * 16777619);

    public const int Seed = unchecked((int)2166136261);

    /// <summary>The entry for the token, or -1.</summary>
    public int Find(char[] token, int length, int hash)
    {
        var mask = buckets.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = buckets[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (hashes[entry] == hash && SameChars(words[entry], token, length))
            {
                return entry;
            }
        }
    }

    public int Add(string word, string term, int hash)
    {
        if (Count == words.Length)
        {
            Array.Resize(ref words, Count * 2);
            Array.Resize(ref terms, Count * 2);
            Array.Resize(ref hashes, Count * 2);
        }

        var entry = Count++;
        words[entry] = word;
        terms[entry] = term;
        hashes[entry] = hash;
        if (Count * 2 > buckets.Length)
        {
            Rehash(buckets.Length * 2);
        }
        else
        {
            Insert(entry);
        }

        return entry;
    }

    public void Clear()
    {
        Array.Clear(buckets, 0, buckets.Length);
        Array.Clear(words, 0, Count);
        Array.Clear(terms, 0, Count);
        Count = 0;
    }

    private static bool SameChars(string word, char[] token, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (word[i] != token[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Rehash(int size)
    {
        buckets = new int[size];
        for (var entry = 0; entry < Count; entry++)
        {
            Insert(entry);
        }
    }

    private void Insert(int entry)
    {
        var mask = buckets.Length - 1;
        var slot = hashes[entry] & mask;
        while (buckets[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        buckets[slot] = entry + 1;
    }
}
