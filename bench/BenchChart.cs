// A tiny PNG bar chart for the benchmark (bench/Invoke-Benchmark.ps1 compiles it with Add-Type): no
// System.Drawing, which Linux does not have. The picture is drawn into an RGB byte array with a built-in
// 5x7 pixel font, then written as a PNG: IHDR, one zlib-compressed IDAT (ZLibStream writes the zlib
// header and the Adler-32), IEND, each chunk with its CRC-32.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace CoolifyBench
{
    public static class BenchChart
    {
        private const int Width = 1200;
        private const int LabelWidth = 430;
        private const int PlotLeft = LabelWidth + 20;
        private const int PlotRight = 960;
        private const int RowHeight = 30;
        private const int Top = 96;
        private const double AxisMin = 0.05;
        private const double AxisMax = 20;

        private static readonly byte[] White = { 255, 255, 255 };
        private static readonly byte[] Black = { 20, 20, 20 };
        private static readonly byte[] Grey = { 120, 120, 120 };
        private static readonly byte[] Grid = { 225, 225, 225 };
        private static readonly byte[] One = { 160, 160, 160 };
        private static readonly byte[] Met = { 46, 160, 67 };
        private static readonly byte[] Missed = { 215, 58, 73 };
        private static readonly byte[] Info = { 110, 140, 190 };
        private static readonly byte[] Heading = { 30, 60, 120 };

        /// <summary>
        /// Writes the chart. One row per ratio (module / baseline, lower is better) on a log axis; a row
        /// whose label starts with '#' is a heading. target is the most the ratio may be, NaN for none.
        /// </summary>
        public static void Write(string path, string title, string subtitle, string[] labels, double[] ratios, double[] targets)
        {
            int height = Top + labels.Length * RowHeight + 90;
            var image = new byte[Width * height * 3];
            Fill(image, 0, 0, Width, height, White);
            Text(image, 20, 16, title, Black, 3);
            Text(image, 20, 50, subtitle, Grey, 2);

            int plotTop = Top;
            int plotBottom = Top + labels.Length * RowHeight;
            foreach (double tick in new[] { 0.1, 0.2, 0.5, 1, 2, 5, 10, 20 })
            {
                int x = X(tick);
                Fill(image, x, plotTop, 1, plotBottom - plotTop, tick == 1 ? One : Grid);
                string label = tick < 1 ? tick.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "x" : tick + "x";
                Text(image, x - TextWidth(label, 2) / 2, plotBottom + 8, label, Grey, 2);
            }

            Text(image, 20, plotBottom + 36, "MODULE / BASELINE, LOG SCALE: LOWER IS BETTER. BLACK MARK: TARGET (AT MOST)", Grey, 2);
            Text(image, 20, plotBottom + 60, "GREEN: TARGET MET   RED: MISSED   BLUE: NO TARGET (FOR INFORMATION)", Grey, 2);

            for (int i = 0; i < labels.Length; i++)
            {
                int y = Top + i * RowHeight;
                if (labels[i].StartsWith("#", StringComparison.Ordinal))
                {
                    Text(image, 20, y + 10, labels[i].Substring(1).Trim(), Heading, 2);
                    continue;
                }

                Text(image, 36, y + 9, labels[i], Black, 2);
                double ratio = ratios[i];
                double target = targets[i];
                if (double.IsNaN(ratio))
                {
                    Text(image, PlotLeft + 4, y + 9, "NOT MEASURED", Grey, 2);
                    continue;
                }

                byte[] color = double.IsNaN(target) ? Info : ratio <= target ? Met : Missed;
                int end = X(ratio);
                Fill(image, PlotLeft, y + 6, Math.Max(2, end - PlotLeft), RowHeight - 12, color);
                if (ratio > AxisMax)
                {
                    // Off the scale: an arrow head at the end says so.
                    for (int k = 0; k < 6; k++) Fill(image, PlotRight + k, y + 9 + k, 1, RowHeight - 18 - 2 * k, color);
                }

                if (!double.IsNaN(target))
                {
                    Fill(image, X(target) - 1, y + 2, 4, RowHeight - 4, Black);
                }

                string value = Format(ratio) + (double.IsNaN(target) ? string.Empty : " (<=" + Format(target) + ")");
                Text(image, PlotRight + 14, y + 9, value, color == Info ? Grey : color, 2);
            }

            File.WriteAllBytes(path, Png(image, Width, height));
        }

        private static string Format(double ratio) =>
            (ratio >= 10 ? ratio.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : ratio.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)) + "x";

        private static int X(double ratio)
        {
            double r = Math.Min(AxisMax, Math.Max(AxisMin, ratio));
            double f = (Math.Log10(r) - Math.Log10(AxisMin)) / (Math.Log10(AxisMax) - Math.Log10(AxisMin));
            return PlotLeft + (int)Math.Round(f * (PlotRight - PlotLeft));
        }

        private static void Fill(byte[] image, int x, int y, int w, int h, byte[] color)
        {
            int height = image.Length / 3 / Width;
            for (int j = Math.Max(0, y); j < Math.Min(height, y + h); j++)
            {
                for (int i = Math.Max(0, x); i < Math.Min(Width, x + w); i++)
                {
                    int p = (j * Width + i) * 3;
                    image[p] = color[0];
                    image[p + 1] = color[1];
                    image[p + 2] = color[2];
                }
            }
        }

        private static int TextWidth(string text, int scale) => text.Length * 6 * scale - scale;

        private static void Text(byte[] image, int x, int y, string text, byte[] color, int scale)
        {
            char previous = ' ';
            foreach (char raw in text)
            {
                // A small x only after a digit (2.1x); everything else is drawn upper case.
                char c = raw == 'x' && char.IsDigit(previous) ? 'x' : char.ToUpperInvariant(raw);
                previous = raw;
                if (!Glyphs.TryGetValue(c, out string glyph))
                {
                    glyph = Glyphs['?'];
                }

                for (int row = 0; row < 7; row++)
                {
                    for (int col = 0; col < 5; col++)
                    {
                        if (glyph[row * 5 + col] == '#')
                        {
                            Fill(image, x + col * scale, y + row * scale, scale, scale, color);
                        }
                    }
                }

                x += 6 * scale;
            }
        }

        private static byte[] Png(byte[] rgb, int width, int height)
        {
            var raw = new byte[(width * 3 + 1) * height];
            for (int y = 0; y < height; y++)
            {
                raw[y * (width * 3 + 1)] = 0; // filter: none
                Buffer.BlockCopy(rgb, y * width * 3, raw, y * (width * 3 + 1) + 1, width * 3);
            }

            byte[] idat;
            using (var compressed = new MemoryStream())
            {
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zlib.Write(raw, 0, raw.Length);
                }

                idat = compressed.ToArray();
            }

            var header = new byte[13];
            BigEndian(header, 0, (uint)width);
            BigEndian(header, 4, (uint)height);
            header[8] = 8;  // bit depth
            header[9] = 2;  // colour type: RGB
            header[10] = 0; // compression: deflate
            header[11] = 0; // filter method
            header[12] = 0; // no interlace

            using (var png = new MemoryStream())
            {
                png.Write(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, 0, 8);
                Chunk(png, "IHDR", header);
                Chunk(png, "IDAT", idat);
                Chunk(png, "IEND", Array.Empty<byte>());
                return png.ToArray();
            }
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            var length = new byte[4];
            BigEndian(length, 0, (uint)data.Length);
            png.Write(length, 0, 4);
            byte[] typeBytes = Encoding.ASCII.GetBytes(type);
            png.Write(typeBytes, 0, 4);
            png.Write(data, 0, data.Length);
            uint crc = Crc32(Crc32(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
            var crcBytes = new byte[4];
            BigEndian(crcBytes, 0, crc);
            png.Write(crcBytes, 0, 4);
        }

        private static readonly uint[] CrcTable = BuildCrcTable();

        private static uint[] BuildCrcTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }

        private static uint Crc32(uint crc, byte[] data)
        {
            foreach (byte b in data)
            {
                crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        private static void BigEndian(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        // 5x7 glyphs, rows top to bottom, '#' is ink. Letters are drawn upper case; 'x' after a digit is a small x (2.1x).
        private static readonly Dictionary<char, string> Glyphs = new Dictionary<char, string>
        {
            [' '] = "...................................",
            ['A'] = ".###.#...##...#######...##...##...#",
            ['B'] = "####.#...##...#####.#...##...#####.",
            ['C'] = ".###.#...##....#....#....#...#.###.",
            ['D'] = "###..#..#.#...##...##...##..#.###..",
            ['E'] = "######....#....####.#....#....#####",
            ['F'] = "######....#....####.#....#....#....",
            ['G'] = ".###.#...##....#.####...##...#.####",
            ['H'] = "#...##...##...#######...##...##...#",
            ['I'] = ".###...#....#....#....#....#...###.",
            ['J'] = "..###...#....#....#....#.#..#..##..",
            ['K'] = "#...##..#.#.#..##...#.#..#..#.#...#",
            ['L'] = "#....#....#....#....#....#....#####",
            ['M'] = "#...###.###.#.##.#.##...##...##...#",
            ['N'] = "#...##...###..##.#.##..###...##...#",
            ['O'] = ".###.#...##...##...##...##...#.###.",
            ['P'] = "####.#...##...#####.#....#....#....",
            ['Q'] = ".###.#...##...##...##.#.##..#..##.#",
            ['R'] = "####.#...##...#####.#.#..#..#.#...#",
            ['S'] = ".#####....#.....###.....#....#####.",
            ['T'] = "#####..#....#....#....#....#....#..",
            ['U'] = "#...##...##...##...##...##...#.###.",
            ['V'] = "#...##...##...##...##...#.#.#...#..",
            ['W'] = "#...##...##...##.#.##.#.##.#.#.#.#.",
            ['X'] = "#...##...#.#.#...#...#.#.#...##...#",
            ['Y'] = "#...##...##...#.#.#...#....#....#..",
            ['Z'] = "#####....#...#...#...#...#....#####",
            ['x'] = "..........#...#.#.#...#...#.#.#...#",
            ['0'] = ".###.#...##..###.#.###..##...#.###.",
            ['1'] = "..#...##....#....#....#....#...###.",
            ['2'] = ".###.#...#....#...#...#...#...#####",
            ['3'] = "#####...#...#.....#.....##...#.###.",
            ['4'] = "...#...##..#.#.#..#.#####...#....#.",
            ['5'] = "######....####.....#....##...#.###.",
            ['6'] = "..##..#...#....####.#...##...#.###.",
            ['7'] = "#####....#...#...#...#....#....#...",
            ['8'] = ".###.#...##...#.###.#...##...#.###.",
            ['9'] = ".###.#...##...#.####....#...#..##..",
            ['.'] = ".........................##...##...",
            [','] = "....................##....#...#....",
            [':'] = ".....##...##........##...##........",
            [';'] = ".....##...##........##....#...#....",
            ['-'] = "...............#####...............",
            ['+'] = "......#....#..#####..#....#........",
            ['='] = "..........#####.....#####..........",
            ['/'] = ".........#...#...#...#...#.........",
            ['('] = "...#...#...#....#....#.....#.....#.",
            [')'] = ".#.....#.....#....#....#...#...#...",
            ['%'] = "##...##..#...#...#...#...#..##...##",
            ['<'] = "...#...#...#...#.....#.....#.....#.",
            ['>'] = ".#.....#.....#.....#...#...#...#...",
            ['?'] = ".###.#...#....#...#...#.........#..",
            ['!'] = "..#....#....#....#....#.........#..",
            ['\''] = "..#....#...#.......................",
            ['*'] = "......#..#.#.#.###.#.#.#..#........",
            ['_'] = "..............................#####",
            ['|'] = "..#....#....#....#....#....#....#..",
            ['['] = ".###..#....#....#....#....#....###.",
            [']'] = ".###....#....#....#....#....#..###.",
        };
    }
}
