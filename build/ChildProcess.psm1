# Runs PowerShell in a child process. build.ps1 uses it so the build never loads (and locks) Coolify.dll
# in its own process, and so PSResourceGet's per-user settings can be moved aside for the package task;
# bench/ and the tests use it for the same reasons. It lives in build/ because the build needs it:
# tests/CoolifyTestHost.psm1 imports it and passes these functions on to the tests.

function Get-PwshCommand {
    # Under `dotnet pwsh` the process is dotnet itself; the child needs pwsh.dll as its argument.
    $exe = (Get-Process -Id $PID).Path
    if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') {
        return @($exe, (Join-Path $PSHOME 'pwsh.dll'))
    }
    return @($exe)
}

function Invoke-ChildPwsh {
    <#
    Runs a script in a fresh pwsh -NoProfile and returns its exit code; output goes to the console
    unless -CaptureOutput, which returns the output lines instead (exit code in $LASTEXITCODE).
    #>
    param(
        [Parameter(Mandatory)][string] $Command,
        [switch] $CaptureOutput
    )
    $pwsh = @(Get-PwshCommand)
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Command))
    $argList = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-OutputFormat', 'Text', '-EncodedCommand', $encoded)
    if ($CaptureOutput) {
        return & $pwsh[0] @argList 2>&1 | ForEach-Object { "$_" }
    }
    & $pwsh[0] @argList | Out-Host
    return $LASTEXITCODE
}

function Invoke-IsolatedPwsh {
    <#
    Runs a script like Invoke-ChildPwsh, with the per-user folders of PowerShell and PSResourceGet moved
    into -UserHome: on Linux and macOS the child gets HOME=<UserHome> and no XDG_* variables, so its CurrentUser
    module path, its PSResourceGet repository list and what Install-PSResource -Scope CurrentUser writes
    all live there, never in the real user's folders. PowerShell reads these only at start, hence a child.
    On Windows the folders cannot be moved this way: callers use Save-PSResource -Path and unregister
    what they register. Returns what Invoke-ChildPwsh returns.
    #>
    param(
        [Parameter(Mandatory)][string] $Command,
        [Parameter(Mandatory)][string] $UserHome,
        [switch] $CaptureOutput
    )
    $names = 'HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME'
    $saved = @{}
    foreach ($n in $names) { $saved[$n] = [Environment]::GetEnvironmentVariable($n) }
    try {
        if (-not $IsWindows) {
            # .NET gives no LocalApplicationData for a HOME without .local/share.
            $null = New-Item -ItemType Directory -Force (Join-Path $UserHome '.local/share'), (Join-Path $UserHome '.config')
            [Environment]::SetEnvironmentVariable('HOME', $UserHome)
            foreach ($n in $names | Select-Object -Skip 1) { [Environment]::SetEnvironmentVariable($n, $null) }
        }
        Invoke-ChildPwsh -Command $Command -CaptureOutput:$CaptureOutput
    }
    finally {
        foreach ($n in $names) { [Environment]::SetEnvironmentVariable($n, $saved[$n]) }
    }
}

Export-ModuleMember -Function Get-PwshCommand, Invoke-ChildPwsh, Invoke-IsolatedPwsh
