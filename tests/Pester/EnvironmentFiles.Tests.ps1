BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Web = 'app0webfrontend000000000'
    $script:MainDb = 'db0maindb000000000000000'

    function Get-Change { @(Get-CoolifySimulatorRequest $script:Sim | Where-Object method -ne 'GET') }

    # What-if lines go to the host, not to a stream, so a transcript is what catches them.
    function Get-HostText([scriptblock] $Command) {
        $log = Join-Path $TestDrive "host-$([guid]::NewGuid()).txt"
        Start-Transcript -Path $log | Out-Null
        try { $null = & $Command } finally { Stop-Transcript | Out-Null }
        Get-Content -Raw $log
    }

    function Get-Variables([string] $Uuid = $script:Web) {
        $table = [ordered]@{}
        foreach ($v in Get-CoolifyEnvironmentVariable -ApplicationUuid $Uuid) { $table[$v.Key] = $v.Value }
        $table
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Environment files (.env export and import)' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'round trip: export, edit, import -WhatIf sends nothing and names keys only, import -Prune leaves exactly the file' {
        $file = Join-Path $TestDrive 'web.env'
        Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file
        $bytes = [IO.File]::ReadAllBytes($file)
        $bytes[0] | Should -Not -Be 0xEF -Because 'the file is UTF-8 without BOM'
        $bytes | Should -Not -Contain 13 -Because 'lines end with LF only'
        $exported = Get-Content -Raw $file
        $exported | Should -Be "NODE_ENV=production`nAPI_URL=https://api.example.com`n"

        # Edit: change one, add one (with a value only quotes can hold), remove one.
        $secret = "p4ss word # with 'quotes', `"doubles`", a \ and`na second line"
        $edited = "# edited by hand`nexport NODE_ENV=staging-value-xyz`nNEW_SECRET=`"$($secret.Replace('\', '\\').Replace('"', '\"').Replace("`n", '\n'))`"`n"
        Set-Content -Path $file -Value $edited -NoNewline

        Clear-CoolifySimulatorRequest $script:Sim
        $text = Get-HostText { Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -Prune -WhatIf }
        Get-Change | Should -BeNullOrEmpty
        $text | Should -Match 'What if: .*"Add NEW_SECRET"'
        $text | Should -Match 'What if: .*"Change NODE_ENV"'
        $text | Should -Match 'What if: .*"Remove API_URL"'
        $text | Should -Not -Match 'staging-value-xyz|p4ss|api\.example\.com'
        (Get-Variables).NODE_ENV | Should -Be 'production'

        $result = Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -Prune
        $result | Should -BeOfType 'Coolify.CoolifyEnvironmentImportResult'
        $result.Added | Should -Be @('NEW_SECRET')
        $result.Changed | Should -Be @('NODE_ENV')
        $result.Removed | Should -Be @('API_URL')
        $result.ResourceUuid | Should -Be $script:Web
        @(Get-Change | Where-Object path -like '*/envs/bulk').Count | Should -Be 1
        @(Get-Change | Where-Object method -eq 'DELETE').Count | Should -Be 1
        @(Get-Change).Count | Should -Be 2

        $now = Get-Variables
        @($now.Keys) | Sort-Object | Should -Be @('NEW_SECRET', 'NODE_ENV')
        $now.NODE_ENV | Should -Be 'staging-value-xyz'
        $now.NEW_SECRET | Should -Be $secret

        # Exported again, the file reads back to the same keys and values.
        $again = Join-Path $TestDrive 'again.env'
        Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $again
        Clear-CoolifySimulatorRequest $script:Sim
        $same = Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $again -Prune -Verbose 4>&1
        $verbose = @($same | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        ($verbose.Message -join "`n") | Should -Match 'Nothing to change'
        ($same | Where-Object { $_ -is [Coolify.CoolifyEnvironmentImportResult] }).Unchanged | Sort-Object | Should -Be @('NEW_SECRET', 'NODE_ENV')
        Get-Change | Should -BeNullOrEmpty
    }

    It 'sends added and changed keys in one bulk request, keeps current flags and sends the given ones' {
        $file = Join-Path $TestDrive 'flags.env'
        Set-Content -Path $file -Value "NODE_ENV=production`nAPI_URL=https://changed.example.com`nBUILD_ONLY=1`nCERT=`"a`nb`"`n"
        Clear-CoolifySimulatorRequest $script:Sim
        $result = Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -IsBuildtime $true
        # NODE_ENV has the same value but not the flag, so it changes too.
        $result.Changed | Sort-Object | Should -Be @('API_URL', 'NODE_ENV')
        $result.Added | Should -Be @('BUILD_ONLY', 'CERT')
        $requests = @(Get-Change)
        $requests.Count | Should -Be 1
        $data = ($requests[0].body | ConvertFrom-Json -AsHashtable).data
        $data.key | Should -Be @('NODE_ENV', 'API_URL', 'BUILD_ONLY', 'CERT')
        $data | ForEach-Object { $_.is_buildtime | Should -BeTrue }
        $data | ForEach-Object { $_.ContainsKey('is_runtime') | Should -BeFalse }
        $apiUrl = $data | Where-Object key -eq 'API_URL'
        $apiUrl.ContainsKey('is_literal') -and $apiUrl.ContainsKey('is_shown_once') | Should -BeTrue -Because 'a changed variable carries its current flags'
        $apiUrl.is_literal | Should -Be $false
        $apiUrl.is_shown_once | Should -Be $false
        ($data | Where-Object key -eq 'CERT').is_multiline | Should -BeTrue
        ($data | Where-Object key -eq 'BUILD_ONLY').ContainsKey('is_literal') | Should -BeFalse
        (Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key API_URL).IsBuildtime | Should -BeTrue
    }

    It 'works for a piped application and a piped database' {
        $file = Join-Path $TestDrive 'piped.env'
        $info = Get-CoolifyApplication -Name 'web*' | Export-CoolifyEnvironmentVariable -Path $file -PassThru
        $info | Should -BeOfType [IO.FileInfo]
        $info.FullName | Should -Be $file
        (Get-Content $file) | Should -Be @('NODE_ENV=production', 'API_URL=https://api.example.com')

        $dbFile = Join-Path $TestDrive 'db.env'
        Set-Content -Path $dbFile -Value "PGTZ=UTC`nLANG='C.UTF-8'"
        Clear-CoolifySimulatorRequest $script:Sim
        $result = Get-CoolifyDatabase -Name main-db | Import-CoolifyEnvironmentVariable -Path $dbFile -Prune
        $result.ResourceType | Should -Be 'Database'
        $result.Added | Should -Be @('LANG')
        @(Get-Change).path | Should -Be @("/api/v1/databases/$($script:MainDb)/envs/bulk")
        (Get-CoolifyEnvironmentVariable -DatabaseUuid $script:MainDb -Key LANG).Value | Should -Be 'C.UTF-8'

        $dbOut = Join-Path $TestDrive 'db-out.env'
        Get-CoolifyDatabase -Name main-db | Export-CoolifyEnvironmentVariable -Path $dbOut
        Get-Content $dbOut | Should -Contain 'LANG=C.UTF-8'
    }

    It 'refuses a malformed file with its line number and sends nothing' {
        $file = Join-Path $TestDrive 'bad.env'
        Set-Content -Path $file -Value "GOOD=1`n# comment`nTHIS LINE HAS NO EQUALS SIGN`nOTHER=2"
        Clear-CoolifySimulatorRequest $script:Sim
        $err = { Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -Prune } | Should -Throw -ErrorId 'CoolifyInvalidEnvFile*' -PassThru
        "$err" | Should -BeLike "*bad.env, line 3: *'='*Nothing was sent.*"
        $err.CategoryInfo.Category | Should -Be 'InvalidData'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0

        Set-Content -Path $file -Value "A=1`nB=`"never closed`nC=3"
        "$({ Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file } | Should -Throw -PassThru)" | Should -BeLike '*line 2: *never closed*'
        Set-Content -Path $file -Value "A=1`nA=2"
        "$({ Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file } | Should -Throw -PassThru)" | Should -BeLike '*defined twice, on lines 1 and 2*'
        { Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path (Join-Path $TestDrive 'missing.env') } | Should -Throw -ErrorId 'CoolifyEnvFileNotFound*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses a file with binary content with a clear error before any request' {
        $file = Join-Path $TestDrive 'image.env'
        [IO.File]::WriteAllBytes($file, [byte[]](0x41, 0x3D, 0x31, 0x0A, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D))
        Clear-CoolifySimulatorRequest $script:Sim
        $err = { Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file } | Should -Throw -ErrorId 'CoolifyInvalidEnvFile*' -PassThru
        "$err" | Should -BeLike '*line 2: *not UTF-8 text (is it binary?)*'
        [IO.File]::WriteAllBytes($file, [Text.Encoding]::UTF8.GetBytes("A=1`nB=x`0y`n"))
        "$({ Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file } | Should -Throw -PassThru)" | Should -BeLike '*line 2: *control character (U+0000)*binary*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses to export values the token can not read, naming read:sensitive; -SkipHidden leaves them out' {
        Connect-Sim -TokenName Read
        $file = Join-Path $TestDrive 'read.env'
        Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyValuesHidden,*'
        "$($e[0])" | Should -BeLike '*read:sensitive*NODE_ENV and API_URL*'
        $e[0].ErrorDetails.RecommendedAction | Should -BeLike '*read:sensitive*-SkipHidden*'
        Test-Path $file | Should -BeFalse

        Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -SkipHidden -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -BeLike '*Left out*NODE_ENV and API_URL*'
        Get-Content -Raw $file | Should -BeNullOrEmpty
    }

    It 'sends every existing key as changed when current values are hidden, and says so without values' {
        Connect-Sim -TokenName Operator
        $file = Join-Path $TestDrive 'op.env'
        Set-Content -Path $file -Value "NODE_ENV=production`nAPI_URL=https://api.example.com"
        $text = Get-HostText { Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -WhatIf }
        $text | Should -Match '"Change NODE_ENV \(current value hidden, sent as changed\)"'
        $text | Should -Not -Match 'production|api\.example'
        $result = Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file
        $result.CurrentValuesHidden | Should -BeTrue
        $result.Changed | Should -Be @('NODE_ENV', 'API_URL')
    }

    It 'never writes a value to verbose or debug output' {
        $file = Join-Path $TestDrive 'quiet.env'
        Set-Content -Path $file -Value "NODE_ENV=hush-hush-value`nNEW=another-hidden-value"
        $all = Import-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -Prune -Verbose -Debug *>&1 | Out-String
        $all | Should -Match 'envs/bulk'
        $all | Should -Not -Match 'hush-hush|another-hidden|api\.example'
        $exported = Join-Path $TestDrive 'quiet-out.env'
        $all = Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $exported -Verbose -Debug *>&1 | Out-String
        $all | Should -Not -Match 'hush-hush|another-hidden'
    }

    It 'does not overwrite a file without -Force, and writes nothing under -WhatIf' {
        $file = Join-Path $TestDrive 'exists.env'
        Set-Content -Path $file -Value 'KEEP=me'
        Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyEnvFileExists,*'
        Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -Force -WhatIf
        (Get-Content $file) | Should -Be 'KEEP=me'
        Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path $file -Force
        (Get-Content $file)[0] | Should -Be 'NODE_ENV=production'

        Push-Location $TestDrive
        try {
            Export-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Path ./relative.env
            Test-Path (Join-Path $TestDrive 'relative.env') | Should -BeTrue -Because 'relative paths follow the PowerShell location'
        }
        finally { Pop-Location }
    }
}
