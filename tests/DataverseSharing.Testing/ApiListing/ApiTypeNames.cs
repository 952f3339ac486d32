using System.Reflection;

namespace DataverseSharing.Testing.ApiListing;

/// <summary>Writes type names the way the official API listings do (see /work/shared/xrm-api/README.md).</summary>
public static class ApiTypeNames
{
    /// <summary>
    /// A namespace-qualified name: <c>System.String</c>, <c>Name&lt;A,B&gt;</c> without spaces, nested types as
    /// <c>Outer+Inner</c>, generic parameters by name, arrays as <c>T[]</c>.
    /// </summary>
    public static string Format(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            int rank = type.GetArrayRank();
            return Format(type.GetElementType()!) + "[" + new string(',', rank - 1) + "]";
        }

        if (type.IsPointer)
        {
            return Format(type.GetElementType()!) + "*";
        }

        if (type.IsByRef)
        {
            return Format(type.GetElementType()!);
        }

        Type[] arguments = type.GetGenericArguments();
        return FormatWithArguments(type, arguments, arguments.Length);
    }

    /// <summary>A parameter's type, prefixed with <c>out</c> or <c>ref</c> when passed by reference.</summary>
    public static string FormatParameter(ParameterInfo parameter)
    {
        Type type = parameter.ParameterType;
        if (!type.IsByRef)
        {
            return Format(type);
        }

        string prefix = parameter.IsOut && !parameter.IsIn ? "out " : "ref ";
        return prefix + Format(type.GetElementType()!);
    }

    // Generic arguments of a nested type include its outer types' ones first; each level shows its own share.
    private static string FormatWithArguments(Type type, Type[] arguments, int count)
    {
        string name = StripArity(type.Name);
        int own = OwnArity(type);
        string prefix;
        if (type.DeclaringType is { } outer)
        {
            prefix = FormatWithArguments(outer, arguments, count - own) + "+";
        }
        else
        {
            prefix = string.IsNullOrEmpty(type.Namespace) ? string.Empty : type.Namespace + ".";
        }

        if (own == 0)
        {
            return prefix + name;
        }

        IEnumerable<string> mine = arguments.Skip(count - own).Take(own).Select(Format);
        return prefix + name + "<" + string.Join(",", mine) + ">";
    }

    private static int OwnArity(Type type)
    {
        int tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? 0 : int.Parse(type.Name.AsSpan(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string StripArity(string name)
    {
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
