# The help of every exported cmdlet, checked one by one from Get-Command at discovery, so a new cmdlet
# without help fails here without a new test. The help is what Get-Help reads from the built module's
# en-US/Coolify.dll-Help.xml (build/Write-MamlHelp.ps1 writes it from the doc comments); without that file
# Get-Help makes up a synopsis from the syntax line, which these tests refuse. The examples of a few
# cmdlets are then run, as written, against the simulator.
BeforeDiscovery {
    $modulePath = if ($env:COOLIFY_MODULE_PATH) { $env:COOLIFY_MODULE_PATH } else { Join-Path $PSScriptRoot '../../out/Coolify/Coolify.psd1' }
    Import-Module $modulePath -Force
    $script:Cmdlets = @(Get-Command -Module Coolify -CommandType Cmdlet | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })

    # Examples that run as they are written against the simulator's seed data (names such as web-frontend,
    # n8n and main-db, ids such as k0wcgw4); only the address and the token are put in.
    $plan = [ordered]@{
        'Connect-Coolify'                   = 1, 2
        'Get-CoolifyService'                = 1, 2, 3, 4
        'Start-CoolifyService'              = 1, 2, 3
        'Get-CoolifyApplication'            = 1, 2, 3, 4
        'Deploy-CoolifyApplication'         = 1, 2, 3, 4, 5, 6
        'Start-CoolifyApplication'          = 4
        'Wait-CoolifyDeployment'            = 4
        'Get-CoolifyDeployment'             = 1, 2, 3
        'Remove-CoolifyDatabase'            = 1, 2
        'Get-CoolifyEnvironmentVariable'    = 1, 2, 3
        'Import-CoolifyEnvironmentVariable' = 1, 2, 3
        'Get-CoolifyDatabaseBackup'         = 1
        'Restart-CoolifyApplication'        = 1, 2, 3
        'Set-CoolifyEnvironmentVariable'    = 1, 2, 3
        'Export-CoolifyEnvironmentVariable' = 2, 3
        'Remove-CoolifyTag'                 = 1
        'Get-CoolifyStorage'                = 1, 2
        'Get-CoolifyProject'                = 1, 2, 3
        'New-CoolifyProject'                = 1, 2
        'Get-CoolifyServer'                 = 1, 2, 3
        'Invoke-CoolifyCommand'             = 1, 2, 3, 4
        'Test-CoolifyApplicationUrl'        = 1, 2
    }
    $script:Runnable = foreach ($name in $plan.Keys) {
        $examples = @((Get-Help $name -Examples).examples.example)
        foreach ($n in $plan[$name]) {
            @{ Name = $name; Number = $n; Title = ($examples[$n - 1].title -replace '^-+\s*|\s*-+$', ''); Code = $examples[$n - 1].code }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
    $script:Module = Get-Module Coolify

    function Get-HelpText($Node) { (@($Node) | ForEach-Object { if ($_ -is [string]) { $_ } else { $_.Text } }) -join "`n" }

    # The parameters of a command that an example names, with their values left out.
    function Get-NamedParameter([System.Management.Automation.Language.CommandAst] $Ast) {
        $Ast.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object ParameterName
    }
}

Describe 'Help' {
    Context 'Every exported cmdlet' {
        It '<Name> has a synopsis, a description, every parameter described and an example that uses it' -ForEach $Cmdlets {
            $command = Get-Command $Name
            $help = Get-Help $Name -Full

            $synopsis = ([string]$help.Synopsis).Trim()
            $synopsis | Should -Not -BeNullOrEmpty
            # Without a help file Get-Help gives the syntax line (or just the name) as the synopsis.
            $synopsis | Should -Not -Match "^$([regex]::Escape($Name))(\s|$)" -Because 'a synopsis made from the syntax is no help'
            $synopsis | Should -Match '^\S+(\s+\S+){2,}[.)]$' -Because 'the synopsis is a sentence'

            $description = Get-HelpText $help.description
            $description | Should -Not -BeNullOrEmpty -Because "$Name needs a description"
            $description.Trim() | Should -Not -Be $synopsis -Because 'the description says more than the synopsis'
            $description.Length | Should -BeGreaterThan 60

            $documented = @{}
            foreach ($p in @($help.parameters.parameter | Where-Object { $_ })) { $documented[$p.name] = (Get-HelpText $p.description).Trim() }
            foreach ($p in $command.Parameters.Keys | Where-Object { $_ -notin $Common -or $_ -in 'WhatIf', 'Confirm' }) {
                $documented.Keys | Should -Contain $p -Because "the help of $Name lists -$p"
                $documented[$p] | Should -Not -BeNullOrEmpty -Because "-$p of $Name needs a description"
                $documented[$p] | Should -Not -Be $p
            }
            foreach ($p in $documented.Keys) { $command.Parameters.Keys | Should -Contain $p -Because "the help of $Name documents -$p, which it does not have" }

            $examples = @($help.examples.example)
            $examples.Count | Should -BeGreaterThan 0 -Because "$Name needs an example"
            foreach ($e in $examples) { ([string]$e.code).Trim() | Should -Not -BeNullOrEmpty }
            @($examples | Where-Object { $_.code -match "(^|[\s|(])$([regex]::Escape($Name))\b" }).Count | Should -BeGreaterThan 0 -Because "an example of $Name runs $Name"

            $help.relatedLinks.navigationLink[0].uri | Should -Match '^https://' -Because 'Get-Help -Online needs an address'
        }

        It '<Name> examples parse, and name only parameters the cmdlets have' -ForEach $Cmdlets {
            foreach ($e in @((Get-Help $Name -Examples).examples.example)) {
                $errors = $null
                $ast = [System.Management.Automation.Language.Parser]::ParseInput([string]$e.code, [ref]$null, [ref]$errors)
                $errors | Should -BeNullOrEmpty -Because "the example '$($e.title)' of $Name is PowerShell"
                foreach ($call in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
                    $target = Get-Command $call.GetCommandName() -Module Coolify -ErrorAction Ignore
                    if (-not $target) { continue }
                    $names = @($target.Parameters.Values | ForEach-Object { $_.Name; $_.Aliases })
                    foreach ($used in Get-NamedParameter $call) {
                        # A parameter may be shortened as long as it stays unambiguous, as PowerShell allows.
                        $candidates = @($names | Where-Object { $_ -like "$used*" })
                        ($names -contains $used -or $candidates.Count -eq 1) | Should -BeTrue -Because "$($target.Name) has a parameter -$used (example '$($e.title)' of $Name)"
                    }
                }
            }
        }
    }

    Context 'Generated cmdlets' {
        It 'have the synopsis build/api-help.psd1 gives them, not a hand-written partial''s doc comment' {
            $data = Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../build/api-help.psd1')
            $wrong = foreach ($name in $data.Cmdlets.Keys | Where-Object { $data.Cmdlets[$_].Synopsis }) {
                $synopsis = ([string](Get-Help $name).Synopsis).Trim()
                if ($synopsis -ne $data.Cmdlets[$name].Synopsis) { "$name`: $synopsis" }
            }
            $wrong | Should -BeNullOrEmpty
        }
    }

    Context 'The help files' {
        It 'ships en-US/Coolify.dll-Help.xml with one entry per exported cmdlet' {
            $path = Join-Path $Module.ModuleBase 'en-US/Coolify.dll-Help.xml'
            $path | Should -Exist
            $maml = [xml](Get-Content -Raw $path)
            $names = @($maml.helpItems.command | ForEach-Object { $_.details.name })
            $exported = @(Get-Command -Module Coolify -CommandType Cmdlet | ForEach-Object Name)
            Compare-Object $names $exported | Should -BeNullOrEmpty
        }

        It 'has an about_Coolify topic that covers connecting, runbooks, pipelines, errors, rate limits and Windows PowerShell' {
            $about = Get-Help about_Coolify | Out-String
            foreach ($section in 'CONNECTING', 'RUNBOOKS AND CI', 'PIPELINES', 'ERRORS AND ERRORIDS', 'RATE LIMITS AND -THROTTLELIMIT', 'WINDOWS POWERSHELL 5.1 AND POWERSHELL 7') {
                $about | Should -Match ([regex]::Escape($section))
            }
            $about | Should -Match 'COOLIFY_URL'
            $about | Should -Match 'COOLIFY_TOKEN'
        }

        It 'names every ErrorId the module writes in about_Coolify' {
            $about = Get-Help about_Coolify | Out-String
            $type = (Get-Command Connect-Coolify).ImplementingType.Assembly.GetType('Coolify.Http.CoolifyErrorId')
            $ids = $type.GetFields([Reflection.BindingFlags]'NonPublic, Public, Static') | ForEach-Object { $_.GetValue($null) }
            $ids.Count | Should -BeGreaterThan 20
            foreach ($id in $ids) { $about | Should -Match "\b$id\b" -Because "about_Coolify lists $id" }
        }
    }

    Context 'Examples against the simulator' {
        BeforeAll {
            $script:Sim = Start-CoolifySimulator
            $script:PlainToken = Get-SimToken Root
            $script:Work = Join-Path ([IO.Path]::GetTempPath()) "coolify-help-$PID"
            $null = New-Item -ItemType Directory -Force $script:Work
        }

        AfterAll {
            Disconnect-Coolify
            Stop-CoolifySimulator $script:Sim
            Remove-Item Env:COOLIFY_URL, Env:COOLIFY_TOKEN -ErrorAction Ignore
            Remove-Item $script:Work -Recurse -Force -ErrorAction Ignore
        }

        BeforeEach {
            Reset-CoolifySimulator $script:Sim
            Set-CoolifySimulator $script:Sim @{ deployment_queued_ms = 100; deployment_in_progress_ms = 200 }
            Connect-Sim
            # The prod applications' domains point at their sites on the simulator, for the URL checks' examples.
            foreach ($uuid in 'app0webfrontend000000000', 'app1apibackend0000000000') { $null = Set-CoolifySimulatorSite $script:Sim $uuid }
            $env:COOLIFY_URL = $script:Sim.Url
            $env:COOLIFY_TOKEN = $script:PlainToken
            # A .env file for the examples that read ./api.env.
            Set-Content -Path (Join-Path $script:Work 'api.env') -Value "DATABASE_URL=postgres://app@main-db:5432/app`nJWT_SECRET=rotated-secret`nLOG_LEVEL=info"
        }

        It '<Name> example <Number> (<Title>) runs as written' -ForEach $Runnable {
            # Only the address and the token are put in; everything else runs as the help shows it.
            $code = $Code.Replace('https://coolify.example.com', $script:Sim.Url) -replace '\(Read-Host -AsSecureString[^)]*\)', '$SimToken'
            $SimToken = ConvertTo-SecureString $script:PlainToken -AsPlainText -Force
            $secretToken = $script:PlainToken
            Push-Location $script:Work
            try {
                $ErrorActionPreference = 'Stop'
                $output = & ([scriptblock]::Create($code)) 3>$null
            }
            finally {
                Pop-Location
            }
            $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $errors | Should -BeNullOrEmpty
            $changes = @(Get-CoolifySimulatorRequest $script:Sim | Where-Object method -ne 'GET')
            if ($Code -match '-WhatIf') { $changes | Should -BeNullOrEmpty -Because 'an example with -WhatIf sends no change' }
        }
    }
}
