using System.Globalization;
using System.Reflection;

namespace DataverseSharing.Testing.ApiListing;

/// <summary>
/// Lists the public API of an assembly by reflection, one line per type or member, in the format of the official
/// listings (T/C/M/P/F/E lines; see /work/shared/xrm-api/README.md).
/// </summary>
public static class ApiLister
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>Every line of the assembly's exported types, types first within each type.</summary>
    public static IReadOnlyList<string> List(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(ApiTypeNames.Format, StringComparer.Ordinal))
        {
            lines.Add(TypeLine(type));
            lines.AddRange(MemberLines(type));
        }

        return lines;
    }

    /// <summary>The member lines (C, M, P, F, E) a type declares, sorted.</summary>
    public static IEnumerable<string> MemberLines(Type type)
    {
        var lines = new List<string>();
        lines.AddRange(type.GetConstructors(Declared).Where(c => !c.IsStatic && IsVisible(c)).Select(ConstructorLine));
        lines.AddRange(type.GetMethods(Declared).Where(m => IsVisible(m) && !IsAccessor(m)).Select(MethodLine));
        lines.AddRange(type.GetProperties(Declared).Select(PropertyLine).OfType<string>());
        lines.AddRange(type.GetFields(Declared).Where(f => IsVisible(f) && !f.IsSpecialName).Select(FieldLine));
        lines.AddRange(type.GetEvents(Declared).Where(e => e.AddMethod is { } add && IsVisible(add)).Select(EventLine));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary><c>T kind[ modifiers] Name[ : base, interfaces]</c>.</summary>
    public static string TypeLine(Type type)
    {
        string kind = KindOf(type);
        string modifiers = kind == "class" ? ClassModifiers(type) : string.Empty;
        var supertypes = new List<string>();
        if (kind == "class" && type.BaseType is { } baseType && baseType != typeof(object))
        {
            supertypes.Add(ApiTypeNames.Format(baseType));
        }

        if (kind != "enum")
        {
            supertypes.AddRange(type.GetInterfaces().Where(i => i.IsVisible).Select(ApiTypeNames.Format).Order(StringComparer.Ordinal));
        }

        string line = "T " + kind + modifiers + " " + ApiTypeNames.Format(type);
        return supertypes.Count == 0 ? line : line + " : " + string.Join(", ", supertypes);
    }

    /// <summary><c>C Type::.ctor(params)</c>.</summary>
    public static string ConstructorLine(ConstructorInfo constructor)
    {
        return "C " + ApiTypeNames.Format(constructor.DeclaringType!) + "::.ctor(" + Parameters(constructor) + ")";
    }

    /// <summary><c>M [static ]Type::Name[&lt;T&gt;](params) : return</c>.</summary>
    public static string MethodLine(MethodInfo method)
    {
        string generic = method.IsGenericMethodDefinition
            ? "<" + string.Join(",", method.GetGenericArguments().Select(a => a.Name)) + ">"
            : string.Empty;
        return "M " + Static(method.IsStatic) + ApiTypeNames.Format(method.DeclaringType!) + "::" + method.Name + generic
            + "(" + Parameters(method) + ") : " + ApiTypeNames.Format(method.ReturnType);
    }

    /// <summary><c>P [static ]Type::Name : type {get;set;}</c> (visible accessors only), or null when none is visible.</summary>
    public static string? PropertyLine(PropertyInfo property)
    {
        MethodInfo? getter = property.GetMethod is { } get && IsVisible(get) ? get : null;
        MethodInfo? setter = property.SetMethod is { } set && IsVisible(set) ? set : null;
        MethodInfo? any = getter ?? setter;
        if (any is null)
        {
            return null;
        }

        ParameterInfo[] index = property.GetIndexParameters();
        string name = index.Length == 0
            ? property.Name
            : "this[" + string.Join(", ", index.Select(ApiTypeNames.FormatParameter)) + "]";
        string accessors = "{" + (getter is null ? string.Empty : "get;") + (setter is null ? string.Empty : "set;") + "}";
        return "P " + Static(any.IsStatic) + ApiTypeNames.Format(property.DeclaringType!) + "::" + name + " : "
            + ApiTypeNames.Format(property.PropertyType) + " " + accessors;
    }

    /// <summary><c>F [static ]Type::Name : type[ = constant]</c>, or <c>F Enum::Name = number</c> for enum members.</summary>
    public static string FieldLine(FieldInfo field)
    {
        string owner = ApiTypeNames.Format(field.DeclaringType!);
        if (field.DeclaringType!.IsEnum)
        {
            return "F " + owner + "::" + field.Name + " = " + EnumNumber(field.GetRawConstantValue()!);
        }

        string line = "F " + Static(field.IsStatic) + owner + "::" + field.Name + " : " + ApiTypeNames.Format(field.FieldType);
        return field.IsLiteral
            ? line + " = " + Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)
            : line;
    }

    /// <summary><c>E Type::Name : handler</c>.</summary>
    public static string EventLine(EventInfo @event)
    {
        return "E " + ApiTypeNames.Format(@event.DeclaringType!) + "::" + @event.Name + " : "
            + ApiTypeNames.Format(@event.EventHandlerType!);
    }

    private static string KindOf(Type type)
    {
        if (type.IsInterface)
        {
            return "interface";
        }

        if (type.IsEnum)
        {
            return "enum";
        }

        if (type.IsValueType)
        {
            return "struct";
        }

        return typeof(MulticastDelegate).IsAssignableFrom(type.BaseType) ? "delegate" : "class";
    }

    private static string ClassModifiers(Type type)
    {
        if (type.IsAbstract && type.IsSealed)
        {
            return " static";
        }

        if (type.IsSealed)
        {
            return " sealed";
        }

        return type.IsAbstract ? " abstract" : string.Empty;
    }

    private static string EnumNumber(object raw)
    {
        return raw is ulong unsigned
            ? unsigned.ToString(CultureInfo.InvariantCulture)
            : Convert.ToInt64(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    private static string Parameters(MethodBase method)
    {
        return string.Join(", ", method.GetParameters().Select(ApiTypeNames.FormatParameter));
    }

    private static string Static(bool isStatic) => isStatic ? "static " : string.Empty;

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static bool IsAccessor(MethodInfo method)
    {
        if (!method.IsSpecialName)
        {
            return false;
        }

        Type owner = method.DeclaringType!;
        return owner.GetProperties(Declared).Any(p => p.GetMethod == method || p.SetMethod == method)
            || owner.GetEvents(Declared).Any(e => e.AddMethod == method || e.RemoveMethod == method || e.RaiseMethod == method);
    }
}
