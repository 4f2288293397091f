using System.Text;
using WhaiNot.Native.Llama;

namespace WhaiNot.Native.Tests.Llama;

public sealed class Utf8ValidatorTests
{
    [Theory]
    [InlineData("hallo")]
    [InlineData("café")]
    [InlineData("€ 650")]
    [InlineData("𝄞 muziek")]
    [InlineData("Zoë, Oğuz en 李")]
    public void TryAdvance_WithValidText_ShouldAcceptItWholeOrSplitAtAnyByte(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var split = 0; split <= bytes.Length; split++)
        {
            var validator = default(Utf8Validator);

            Assert.True(validator.TryAdvance(bytes.AsSpan(0, split)));
            Assert.True(validator.TryAdvance(bytes.AsSpan(split)));
            Assert.False(validator.InsideCharacter);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xC1, 0x81 })]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF5 })]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xC3, 0x41 })]
    public void TryAdvance_WithInvalidSequence_ShouldRefuseAndKeepState(byte[] bytes)
    {
        var validator = default(Utf8Validator);

        Assert.False(validator.TryAdvance(bytes));
        Assert.True(validator.TryAdvance("ok"u8));
    }

    [Fact]
    public void InsideCharacter_AfterALeadByte_ShouldBeTrueUntilComplete()
    {
        var validator = default(Utf8Validator);

        validator.TryAdvance([0xE2, 0x82]);
        var inside = validator.InsideCharacter;
        validator.TryAdvance([0xAC]);

        Assert.True(inside);
        Assert.False(validator.InsideCharacter);
    }
}
