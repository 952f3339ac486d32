using DataverseSharing.Testing.ApiListing;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.ApiListing;

public class ApiListerTests
{
    [Fact]
    public void MethodLine_GenericMethod_RendersTypeParameterAndQualifiedNames()
    {
        MethodInfo method = typeof(Entity).GetMethod(nameof(Entity.GetAttributeValue))!;

        Assert.Equal("M Microsoft.Xrm.Sdk.Entity::GetAttributeValue<T>(System.String) : T", ApiLister.MethodLine(method));
    }

    [Fact]
    public void MethodLine_OutParameterOfGenericType_RendersOutAndTypeParameters()
    {
        MethodInfo method = typeof(DataCollection<,>).GetMethod("TryGetValue")!;

        Assert.Equal(
            "M Microsoft.Xrm.Sdk.DataCollection<TKey,TValue>::TryGetValue(TKey, out TValue) : System.Boolean",
            ApiLister.MethodLine(method));
    }

    [Fact]
    public void MethodLine_RefParameterAndStaticMethod_RendersRefAndStaticPrefix()
    {
        MethodInfo method = typeof(System.Threading.Interlocked).GetMethod(
            nameof(System.Threading.Interlocked.Increment), [typeof(int).MakeByRefType()])!;

        Assert.Equal("M static System.Threading.Interlocked::Increment(ref System.Int32) : System.Int32", ApiLister.MethodLine(method));
    }

    [Fact]
    public void ConstructorLine_ArrayAndNullableParameters_RendersCommaSpaceSeparatedList()
    {
        ConstructorInfo constructor = typeof(ConditionExpression).GetConstructor(
            [typeof(string), typeof(string), typeof(ConditionOperator), typeof(bool), typeof(object[])])!;

        Assert.Equal(
            "C Microsoft.Xrm.Sdk.Query.ConditionExpression::.ctor(System.String, System.String, Microsoft.Xrm.Sdk.Query.ConditionOperator, System.Boolean, System.Object[])",
            ApiLister.ConstructorLine(constructor));
    }

    [Fact]
    public void PropertyLine_Indexer_RendersThisWithParameterTypes()
    {
        PropertyInfo indexer = typeof(Entity).GetProperty("Item")!;

        Assert.Equal("P Microsoft.Xrm.Sdk.Entity::this[System.String] : System.Object {get;set;}", ApiLister.PropertyLine(indexer));
    }

    [Fact]
    public void PropertyLine_PrivateSetter_ShowsOnlyTheVisibleAccessor()
    {
        PropertyInfo property = typeof(AliasedValue).GetProperty(nameof(AliasedValue.Value))!;

        Assert.Equal("P Microsoft.Xrm.Sdk.AliasedValue::Value : System.Object {get;}", ApiLister.PropertyLine(property));
    }

    [Fact]
    public void PropertyLine_NullableValueType_RendersSystemNullable()
    {
        PropertyInfo property = typeof(IExecutionContext).GetProperty(nameof(IExecutionContext.RequestId))!;

        Assert.Equal("P Microsoft.Xrm.Sdk.IExecutionContext::RequestId : System.Nullable<System.Guid> {get;}", ApiLister.PropertyLine(property));
    }

    [Fact]
    public void FieldLine_EnumMember_RendersNumericValue()
    {
        FieldInfo field = typeof(ConditionOperator).GetField(nameof(ConditionOperator.NotUnder))!;

        Assert.Equal("F Microsoft.Xrm.Sdk.Query.ConditionOperator::NotUnder = 76", ApiLister.FieldLine(field));
    }

    [Fact]
    public void FieldLine_Constant_RendersStaticPrefixAndValue()
    {
        FieldInfo field = typeof(int).GetField(nameof(int.MaxValue))!;

        Assert.Equal("F static System.Int32::MaxValue : System.Int32 = 2147483647", ApiLister.FieldLine(field));
    }

    [Fact]
    public void EventLine_GenericHandler_RendersHandlerType()
    {
        EventInfo @event = typeof(AppDomain).GetEvent(nameof(AppDomain.FirstChanceException))!;

        Assert.Equal(
            "E System.AppDomain::FirstChanceException : System.EventHandler<System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs>",
            ApiLister.EventLine(@event));
    }

    [Fact]
    public void TypeLine_DerivedCollection_RendersBaseThenSortedInterfaces()
    {
        Assert.Equal(
            "T class sealed Microsoft.Xrm.Sdk.ErrorDetailCollection : Microsoft.Xrm.Sdk.DataCollection<System.String,System.Object>, "
            + "System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<System.String,System.Object>>, System.Collections.IEnumerable",
            ApiLister.TypeLine(typeof(ErrorDetailCollection)));
    }

    [Fact]
    public void TypeLine_InterfaceWithBaseInterface_RendersInterfaceKind()
    {
        Assert.Equal(
            "T interface Microsoft.Xrm.Sdk.IPluginExecutionContext : Microsoft.Xrm.Sdk.IExecutionContext",
            ApiLister.TypeLine(typeof(IPluginExecutionContext)));
    }

    [Fact]
    public void TypeLine_EnumAndStaticClass_RenderKindAndModifiersOnly()
    {
        Assert.Equal("T enum Microsoft.Xrm.Sdk.Query.JoinOperator", ApiLister.TypeLine(typeof(JoinOperator)));
        Assert.Equal("T class static System.Math", ApiLister.TypeLine(typeof(Math)));
    }

    [Fact]
    public void TypeLine_NestedGenericType_RendersPlusAndOwnArguments()
    {
        Assert.Equal(
            "T struct System.Collections.Generic.Dictionary<TKey,TValue>+Enumerator : System.Collections.Generic.IEnumerator<System.Collections.Generic.KeyValuePair<TKey,TValue>>, "
            + "System.Collections.IDictionaryEnumerator, System.Collections.IEnumerator, System.IDisposable",
            ApiLister.TypeLine(typeof(Dictionary<,>.Enumerator)));
    }

    [Fact]
    public void MemberLines_Properties_AreNotAlsoListedAsMethods()
    {
        IEnumerable<string> lines = ApiLister.MemberLines(typeof(EntityReference));

        Assert.DoesNotContain(lines, l => l.Contains("::get_", StringComparison.Ordinal) || l.Contains("::set_", StringComparison.Ordinal));
        Assert.Contains("P Microsoft.Xrm.Sdk.EntityReference::Name : System.String {get;set;}", lines);
    }

    [Fact]
    public void MemberLines_ExplicitInterfaceImplementation_IsNotListed()
    {
        IEnumerable<string> lines = ApiLister.MemberLines(typeof(RemoteExecutionContext));

        Assert.Contains("P Microsoft.Xrm.Sdk.RemoteExecutionContext::ParentContext : Microsoft.Xrm.Sdk.RemoteExecutionContext {get;set;}", lines);
        Assert.Single(lines, l => l.Contains("ParentContext", StringComparison.Ordinal));
    }
}
