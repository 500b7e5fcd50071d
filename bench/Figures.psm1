<#
Small helpers of bench/Invoke-Benchmark.ps1: medians and ranges of measured runs, and the number formats of the
tables it writes to docs/benchmarks.md.
#>

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    if ($sorted.Count -eq 0) { return [double]::NaN }
    $mid = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { return $sorted[$mid] }
    ($sorted[$mid - 1] + $sorted[$mid]) / 2
}

# The numbers under $Key in a list of result tables, skipping those without one.
function Get-FieldValue($Items, [string] $Key) { foreach ($i in $Items) { if ($i.Contains($Key) -and $null -ne $i[$Key]) { [double]$i[$Key] } } }

function Get-Spread([double[]] $Values, [string] $Format = 'N0') {
    $sorted = @($Values | Sort-Object)
    "{0}–{1}" -f $sorted[0].ToString($Format), $sorted[-1].ToString($Format)
}

function Format-Ms([double] $ms) {
    if ([double]::IsNaN($ms)) { return 'n/a' }
    if ($ms -lt 10) { return $ms.ToString('0.00') + ' ms' }
    if ($ms -ge 10000) { return ($ms / 1000).ToString('0.0') + ' s' }
    $ms.ToString('N0') + ' ms'
}

function Format-MB([double] $bytes) { ($bytes / 1MB).ToString('0.0') + ' MB' }

function Format-Ratio([double] $ratio) {
    if ([double]::IsNaN($ratio)) { return 'n/a' }
    if ($ratio -ge 10) { return $ratio.ToString('0.#') + 'x' }
    $ratio.ToString('0.00') + 'x'
}

Export-ModuleMember -Function Get-Median, Get-FieldValue, Get-Spread, Format-Ms, Format-MB, Format-Ratio
