using DataverseSharing.Plugins.Registration;

namespace DataverseSharing.Plugins.Tests.Registration;

public sealed class StepRegistrationReaderTests
{
    [Fact]
    public void Read_ValidDeclarations_ReturnsStepsWithImagesAndDefaults()
    {
        var steps = StepRegistrationReader.Read(typeof(ValidPlugin));

        Assert.Equal(2, steps.Count);
        var update = Assert.Single(steps, s => s.Message == "Update");
        Assert.Equal(new Guid("6f4c7a65-0b0e-4c57-9d1c-000000000001"), update.Id);
        Assert.Equal(PipelineStage.PostOperation, update.Stage);
        Assert.Equal(StepMode.Asynchronous, update.Mode);
        Assert.Equal(2, update.Rank);
        Assert.Equal(new[] { "stepname", "salesstage" }, update.FilteringAttributes);
        Assert.Equal("Re-ranks suggestions", update.Description);
        var image = Assert.Single(update.Images);
        Assert.Equal("image", image.Alias);
        Assert.Equal("Target", image.MessagePropertyName);
        Assert.True(image.IsPreImage);
        Assert.True(image.IsPostImage);
        Assert.Equal(new[] { "stepname", "name" }, image.Attributes);

        var create = Assert.Single(steps, s => s.Message == "Create");
        Assert.Empty(create.FilteringAttributes);
        Assert.Empty(create.Images);
        Assert.Equal($"{typeof(ValidPlugin).FullName}: Create of opportunity", create.Name);
    }

    [Theory]
    [InlineData(typeof(AsyncPreOperationPlugin), "asynchronous steps run only at post-operation")]
    [InlineData(typeof(PreImageOnCreatePlugin), "pre-image on Create")]
    [InlineData(typeof(PostImageOnDeletePlugin), "post-image on Delete")]
    [InlineData(typeof(PostImageBeforePostOperationPlugin), "post-images exist only at post-operation")]
    [InlineData(typeof(FilteringOnCreatePlugin), "Update only")]
    [InlineData(typeof(BadIdPlugin), "'not-a-guid' is not a non-empty GUID")]
    [InlineData(typeof(ImageForUndeclaredStepPlugin), "which the class does not declare")]
    [InlineData(typeof(UpperCaseTablePlugin), "logical names are lower case")]
    [InlineData(typeof(BadColumnPlugin), "'Stepname'")]
    [InlineData(typeof(MainOperationPlugin), "a step registers at 10, 20 or 40")]
    [InlineData(typeof(NotAPlugin), "not a concrete class implementing IPlugin")]
    [InlineData(typeof(ImageWithoutPropertyPlugin), "needs MessagePropertyName")]
    [InlineData(typeof(NoUsableConstructorPlugin), "parameterless constructor")]
    public void Read_DeclarationDataverseRefuses_ThrowsNamingTypeAndRule(Type pluginType, string expected)
    {
        var ex = Assert.Throws<PluginRegistrationException>(() => StepRegistrationReader.Read(pluginType));

        Assert.Contains(pluginType.FullName!, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameStepIdOnTwoClasses_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<PluginRegistrationException>(() => StepRegistrationReader.Read(new[] { typeof(ValidPlugin), typeof(DuplicateStepIdPlugin) }));

        Assert.Contains("Duplicate step id", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ValidPlugin), ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(DuplicateStepIdPlugin), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ClassWithoutDeclarations_ReturnsEmpty()
    {
        Assert.Empty(StepRegistrationReader.Read(typeof(string)));
    }

    [Fact]
    public void Read_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => StepRegistrationReader.Read((Type)null!));
        Assert.Throws<ArgumentNullException>(() => StepRegistrationReader.Read((IEnumerable<Type>)null!));
        Assert.Throws<ArgumentNullException>(() => StepRegistrationReader.Read((System.Reflection.Assembly)null!));
    }

    [Fact]
    public void Read_PluginsAssembly_ReadsOneStepPerDeclarationOnItsPluginClasses()
    {
        var assembly = typeof(StepRegistrationReader).Assembly;
        var declared = assembly.GetExportedTypes().Sum(t => t.GetCustomAttributes(typeof(PluginStepAttribute), inherit: false).Length);

        // The reader throws on the first declaration that would not import, so reading is the validity check.
        var steps = StepRegistrationReader.Read(assembly);

        Assert.Equal(declared, steps.Count);
        // Among them the guards: the tag's two opportunity steps and the lifecycle guard's Create, Update and SetState.
        Assert.Equal(2, steps.Count(s => s.PluginType == typeof(DataverseSharing.Plugins.Guards.PracticeSourceTag)));
        Assert.Equal(new[] { "Create", "SetState", "Update" }, steps.Where(s => s.PluginType == typeof(DataverseSharing.Plugins.Guards.PracticeLifecycleGuard)).Select(s => s.Message).OrderBy(m => m, StringComparer.Ordinal));
        // The suggest step's two declarations (Create, and Update of the ranking columns) are among them.
        Assert.Equal(2, steps.Count(s => s.PluginType == typeof(DataverseSharing.Plugins.Suggestions.SuggestOnOpportunity)));
    }

    [Fact]
    public void Read_AssemblyWithBadDeclarations_ThrowsOnTheFirstInNameOrder()
    {
        // This test assembly declares a valid probe (Core.ProbePlugin) and, in Registration, the broken classes above:
        // reading the whole assembly must reach their declarations and refuse the first, AsyncPreOperationPlugin.
        var ex = Assert.Throws<PluginRegistrationException>(() => StepRegistrationReader.Read(typeof(ValidPlugin).Assembly));

        Assert.Contains(typeof(AsyncPreOperationPlugin).FullName!, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValidDeclaredPlugins_ReturnsEveryStepWithDistinctIds()
    {
        var steps = StepRegistrationReader.Read(new[] { typeof(ValidPlugin), typeof(DataverseSharing.Plugins.Tests.Core.ProbePlugin) });

        Assert.Equal(
            new[]
            {
                new Guid(DataverseSharing.Plugins.Tests.Core.ProbePlugin.StepId),
                new Guid("6f4c7a65-0b0e-4c57-9d1c-000000000001"),
                new Guid("6f4c7a65-0b0e-4c57-9d1c-000000000002"),
            }.Order(),
            steps.Select(s => s.Id).Order());
        Assert.Equal(typeof(DataverseSharing.Plugins.Tests.Core.ProbePlugin), steps[0].PluginType);
    }
}
