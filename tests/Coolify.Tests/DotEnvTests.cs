using System.Text;
using Coolify.Cmdlets.EnvironmentVariables;
using Coolify.Text;

namespace Coolify.Tests;

public class DotEnvTests
{
    private static (string Key, string Value)[] Pairs(string text) =>
        DotEnv.Parse(text).Select(e => (e.Key, e.Value)).ToArray();

    private static DotEnvException Fails(string text) => Assert.Throws<DotEnvException>(() => DotEnv.Parse(text));

    [Fact]
    public void DotEnv_reads_plain_values_in_file_order_with_their_line_numbers()
    {
        var entries = DotEnv.Parse("# settings\n\nNODE_ENV=production\n  API_URL = https://api.example.com/v1?a=b  \n");
        Assert.Equal(new[] { ("NODE_ENV", "production", 3), ("API_URL", "https://api.example.com/v1?a=b", 4) },
            entries.Select(e => (e.Key, e.Value, e.LineNumber)).ToArray());
    }

    [Theory]
    [InlineData("A=", "")]
    [InlineData("A=\"\"", "")]
    [InlineData("A=''", "")]
    [InlineData("A=   ", "")]
    [InlineData("A=x=y==", "x=y==")]
    [InlineData("A=value # a comment", "value")]
    [InlineData("A=value\t# a comment", "value")]
    [InlineData("A=a#b", "a#b")]
    [InlineData("A=#not-a-comment", "#not-a-comment")]
    [InlineData("A='single \\n $HOME \"x\"'", "single \\n $HOME \"x\"")]
    [InlineData("A=\"tab\\there\\nnew \\\"q\\\" back\\\\slash \\r\"", "tab\there\nnew \"q\" back\\slash \r")]
    [InlineData("A=\"unknown \\$ \\q escapes stay\"", "unknown \\$ \\q escapes stay")]
    [InlineData("A=\"quoted # not a comment\" # a comment", "quoted # not a comment")]
    [InlineData("A='x'#comment", "x")]
    [InlineData("export A=exported", "exported")]
    [InlineData("export\tA = 'exported'", "exported")]
    [InlineData("A.b-c_1=dots and dashes", "dots and dashes")]
    [InlineData("A=unquoted 'inner' \"quotes\"", "unquoted 'inner' \"quotes\"")]
    [InlineData("A=ünïcødé ✓ 日本", "ünïcødé ✓ 日本")]
    public void DotEnv_reads_one_value(string line, string expected) => Assert.Equal(expected, Assert.Single(DotEnv.Parse(line)).Value);

    [Fact]
    public void DotEnv_treats_export_as_a_key_when_no_name_follows()
    {
        Assert.Equal(new[] { ("export", "1") }, Pairs("export=1"));
        Assert.Equal(new[] { ("export", "2") }, Pairs("export =2"));
    }

    [Fact]
    public void DotEnv_reads_values_over_several_lines_inside_quotes_and_counts_lines_after_them()
    {
        var entries = DotEnv.Parse("KEY=\"-----BEGIN-----\nabc\n-----END-----\"\nSQL='select 1\r\nfrom t'\r\nNEXT=1\n# end\nLAST=\"\\\\\"");
        Assert.Equal("-----BEGIN-----\nabc\n-----END-----", entries[0].Value);
        Assert.Equal("select 1\nfrom t", entries[1].Value);
        Assert.Equal(("NEXT", "1", 6), (entries[2].Key, entries[2].Value, entries[2].LineNumber));
        Assert.Equal(("LAST", "\\", 8), (entries[3].Key, entries[3].Value, entries[3].LineNumber));
    }

    [Fact]
    public void DotEnv_reads_crlf_files_and_skips_a_bom()
    {
        Assert.Equal(new[] { ("A", "1"), ("B", "two words") }, Pairs("\uFEFFA=1\r\n\r\nB=two words\r\n"));
        Assert.Empty(DotEnv.Parse(""));
        Assert.Empty(DotEnv.Parse("\n  \n# only comments\n\t# indented\n"));
    }

    [Theory]
    [InlineData("A=1\nJUST_A_WORD\n", 2, "no '='")]
    [InlineData("A=1\n\n1ABC=x", 3, "not a variable name")]
    [InlineData("MY KEY=x", 1, "not a variable name")]
    [InlineData("=x", 1, "not a variable name")]
    [InlineData("A=\"open\nB=2\nC=3", 1, "double quote that starts the value of A is never closed")]
    [InlineData("X=1\nA='open", 2, "single quote that starts the value of A is never closed")]
    [InlineData("A=\"x\" trailing", 1, "text after the closing quote of A")]
    [InlineData("A=\"multi\nline\" oops", 2, "text after the closing quote of A")]
    [InlineData("A=1\nB=2\nA=3", 3, "A is defined twice, on lines 1 and 3")]
    [InlineData("A=1\nB=x\0y", 2, "control character (U+0000)")]
    [InlineData("A=1\n\nB='\u001b[31m'", 3, "control character (U+001B)")]
    [InlineData("A=\u007f", 1, "control character (U+007F)")]
    public void DotEnv_refuses_a_malformed_file_with_the_line_and_the_reason(string text, int line, string reason)
    {
        var ex = Fails(text);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Line " + line + ": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DotEnv_errors_never_hold_a_value()
    {
        foreach (string text in new[] { "A=\"s3cr3t-value", "A='s3cr3t-value\" x", "A=\"s3cr3t-value\" tail", "s3cr3t-value", "s3cr3t-value x=1", "A=s3cr3t-value\0" })
        {
            Assert.DoesNotContain("s3cr3t", Fails(text).Message, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> TrickyValues() => new()
    {
        "", "plain", "a=b=c", "#hash", "a #b", "a#b", "trailing space ", " leading", "  ", "\t", "tab\tinside",
        "'single'", "\"double\"", "it's \"mixed\"", "back\\slash", "\\n literal", "ends with backslash\\", "$HOME and ${X}", "`cmd`",
        "line1\nline2", "line1\r\nline2\n", "\n", "'quote' and\nnewline", "ünïcødé ✓ 日本 🚀", "\u00a0nbsp\u00a0", "-----BEGIN KEY-----\nMIIB\\x==\n-----END KEY-----\n",
    };

    [Theory]
    [MemberData(nameof(TrickyValues))]
    public void DotEnv_formats_values_that_parse_back_identically(string value)
    {
        string text = DotEnv.Format(new[] { ("FIRST", "1"), ("TRICKY", value), ("LAST", "z") });
        Assert.DoesNotContain("\r\n", text.Replace("\\r", string.Empty), StringComparison.Ordinal);
        Assert.EndsWith("LAST=z\n", text, StringComparison.Ordinal);
        Assert.Equal(new[] { ("FIRST", "1"), ("TRICKY", value), ("LAST", "z") }, Pairs(text));
    }

    [Fact]
    public void DotEnv_formats_simple_values_unquoted_and_others_in_the_plainest_quotes()
    {
        Assert.Equal("A=abc\nB='two words'\nC=\"it's\"\nD=\"l1\\nl2\"\nE=\n", DotEnv.Format(new[] { ("A", "abc"), ("B", "two words"), ("C", "it's"), ("D", "l1\nl2"), ("E", "") }));
    }

    [Fact]
    public void DotEnv_refuses_to_format_what_it_could_not_read_back()
    {
        Assert.Throws<ArgumentException>(() => DotEnv.Format(new[] { ("BAD KEY", "x") }));
        Assert.Throws<ArgumentException>(() => DotEnv.Format(new[] { ("A", "1"), ("A", "2") }));
        var ex = Assert.Throws<ArgumentException>(() => DotEnv.Format(new[] { ("A", "s3cr3t\0") }));
        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DotEnv_decodes_utf8_with_or_without_bom_and_utf16_with_bom()
    {
        Assert.Equal("A=ü\n", EnvironmentFile.Decode(Encoding.UTF8.GetBytes("A=ü\n")));
        Assert.Equal("A=ü", EnvironmentFile.Decode(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("A=ü")).ToArray()));
        Assert.Equal("A=ü", EnvironmentFile.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("A=ü")).ToArray()));
        Assert.Equal("A=ü", EnvironmentFile.Decode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("A=ü")).ToArray()));
        Assert.Equal(string.Empty, EnvironmentFile.Decode(Array.Empty<byte>()));
    }

    [Fact]
    public void DotEnv_reports_bytes_that_are_not_utf8_with_their_line()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("A=1\nB=2\nC=").Concat(new byte[] { 0xC3, 0x28, 0xFF, (byte)'\n' }).ToArray();
        var ex = Assert.Throws<DotEnvException>(() => EnvironmentFile.Decode(bytes));
        Assert.Equal(3, ex.LineNumber);
        Assert.Contains("not UTF-8", ex.Message, StringComparison.Ordinal);
    }
}
