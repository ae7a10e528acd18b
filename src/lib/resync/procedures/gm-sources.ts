import { sourceList } from './source-ids';

/**
 * Documents behind the GM data (Chevrolet, Pontiac, Oldsmobile, Buick, GMC,
 * Saturn). Most factory pages survive only on unofficial mirrors of "GM Service
 * Manual Online"; the titles name GM's document, the address is the mirror.
 */
export const {
	docs: GM_SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'gm-malibu-2000-sm',
		title:
			'2000 Chevrolet Malibu service manual, "Transmitter Programming Procedure (Method 1 – No Tools Required)"',
		kind: 'service-manual',
		url: 'http://gm.saturn.team/Chevrolet/Malibu/2000/10/9/958/52171'
	},
	{
		id: 'gm-alero-2000-sm',
		title:
			'2000 Oldsmobile Alero service manual, transmitter programming (Method 1 – No Tools Required)',
		kind: 'service-manual',
		url: 'https://gm.saturn.team/Oldsmobile/Alero/2000/10/9/958/52171'
	},
	{
		id: 'gm-regal-china-2000-sm',
		title:
			'2000 Buick Regal (China) service manual, transmitter programming (Method 1 – No Tools Required)',
		kind: 'service-manual',
		url: 'https://gm.saturn.team/Buick/Regal__China_/2000/10/9/958/52171'
	},
	{
		id: 'loveuremote-alero-2002',
		title: '2002 Oldsmobile Alero remote page (loveuremote.com: no on-board programming)',
		kind: 'trade',
		url: 'https://loveuremote.com/2002-oldsmobile-alero'
	},
	{
		id: 'gm-grand-prix-1999-sm',
		title: '1999 Pontiac Grand Prix service manual, transmitter programming (MALL PGM fuse)',
		kind: 'service-manual',
		url: 'https://146120.mobytrade-hk.tech/Pontiac/Grand_Prix/1999/7/9/764/52171'
	},
	{
		id: 'gm-grand-prix-2002-sm',
		title: '2002 Pontiac Grand Prix service manual, transmitter programming',
		kind: 'service-manual',
		url: 'https://gm.saturn.team/Pontiac/Grand_Prix/2002/15/9/1871/52171'
	},
	{
		id: 'gm-montana-2000-sm',
		title: '2000 Pontiac Montana service manual, transmitter programming (BCM PRGRM fuse)',
		kind: 'service-manual',
		url: 'http://special.artfamilynsk.ru/Pontiac/Montana/2000/10/9/956/52171'
	},
	{
		id: 'gm-venture-2003-sm',
		title: '2003 Chevrolet Venture service manual, transmitter programming',
		kind: 'service-manual',
		url: 'http://artfamilynsk.ru/Chevrolet/Venture_Ext_/2003/17/9/2314/52171'
	},
	{
		id: 'gm-venture-2005-sm',
		title: '2005 Chevrolet Venture service manual, transmitter programming',
		kind: 'service-manual',
		url: 'http://artfamilynsk.ru/Chevrolet/Venture_Ext_/2005/50/10/4324/135286'
	},
	{
		id: 'gm-firebird-2001-sm',
		title: '2001 Pontiac Firebird service manual, transmitter programming (RADIO fuse)',
		kind: 'service-manual',
		url: 'https://gm.saturn.team/Pontiac/Firebird/2001/13/9/1444/52171'
	},
	{
		id: 'gmtrucks-keyless-2000',
		title: '"Keyless entry" (GM-Trucks.com forum, 2000 Sierra procedure quoted)',
		kind: 'community',
		url: 'https://www.gm-trucks.com/forums/topic/20391-keyless-entery/'
	},
	{
		id: 'dieselplace-2003',
		title: 'DieselPlace forum archive: door-switch programming on a 2003 truck',
		kind: 'community',
		url: 'http://www.dieselplace.com/forum/archive/index.php/t-10223.html'
	},
	{
		id: 'reference-gm-remote',
		title: 'How to program a remote keyless transmitter (reference.com, General Motors)',
		kind: 'community',
		url: 'https://www.reference.com/vehicles/program-remote-keyless-transmitter-f0bc61283e2ed2e5'
	},
	{
		id: 'gm-silverado-2002-owners-door-locks',
		title: "2002 Chevrolet Silverado owner's manual: door lock programming (auto-lock settings)",
		kind: 'owners-manual',
		url: 'http://www.manualowl.com/am/Chevrolet/2002-Silverado%25201500%2520Pickup/Manual/357?page=89'
	},
	{
		id: 'gm-sierra-2004-owners-door-locks',
		title: "2004 GMC Sierra owner's manual: door lock programming (auto-lock settings)",
		kind: 'owners-manual',
		url: 'https://www.carmanualsonline.info/gmc-sierra-2004-owner-s-manual/2/?srch=door+lock'
	},
	{
		id: 'gm-blazer-2003-owners',
		title: "2003 Chevrolet Blazer owner's information: transmitters are matched by the dealer",
		kind: 'owners-manual',
		url: 'https://gm.saturn.team/Chevrolet/Blazer___2WD/2003/26/20/2605/73687'
	},
	{
		id: 'corvetteforum-fob-reprogram',
		title: '"Keyfob reprogram" (CorvetteForum, C5 owner\'s manual text quoted)',
		kind: 'community',
		url: 'https://www.corvetteforum.com/forums/c5-general/1393767-keyfob-reprogram.html'
	},
	{
		id: 'corvetteforum-dead-battery',
		title: '"Keyless entry dead battery" (CorvetteForum, 1997 owner\'s manual quoted)',
		kind: 'community',
		url: 'https://www.corvetteforum.com/forums/c5-general/1045370-keyless-entry-dead-battery.html'
	},
	{
		id: 'corvetteforum-5-seconds',
		title:
			'"How to reset C5 keyless entry remote" (CorvetteForum, owner\'s manual quote with 5 seconds)',
		kind: 'community',
		url: 'https://www.corvetteforum.com/forums/c5-tech/1436307-how-to-reset-c5-keyless-entry-remote.html'
	},
	{
		id: 'corvetteforum-service-manual',
		title: '"Help key fob woes" (CorvetteForum, C5 service-manual sequence quoted)',
		kind: 'community',
		url: 'https://www.corvetteforum.com/forums/c5-general/2572323-help-key-fob-woes.html'
	},
	{
		id: 'gm-corvette-2002-sm-cancel',
		title:
			'2002 Chevrolet Corvette service manual, "Remote Keyless Entry (RKE) – Programming Cancellation"',
		kind: 'service-manual',
		url: 'https://charm.li/Chevrolet/2002/Corvette%20V8-5.7L%20VIN%20G/Repair%20and%20Diagnosis/Testing%20and%20Inspection/Programming%20and%20Relearning/Remote%20Keyless%20Entry%20%28RKE%29%20-%20Programming%20Cancellation/'
	},
	{
		id: 'gm-grand-prix-2001-sm-sync',
		title:
			'2001 Pontiac Grand Prix service manual, "Remote Keyless Entry Transmitter Synchronization"',
		kind: 'service-manual',
		url: 'https://lemon.leoquadpod.com/Pontiac/2001/Grand%20Prix%20GTP%2C%204D%20Sedan/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Remote%20Keyless%20Entry%20Systems/Programming/Remote%20Keyless%20Entry%20Transmitter%20Synchronization/'
	},
	{
		id: 'answers-saturn-sl2',
		title: 'How do you program a Saturn SL2 keyless entry module (answers.com)',
		kind: 'community',
		url: 'https://www.answers.com/american-cars/How_do_you_program_a_Saturn_sl2_keyless_entry_module'
	},
	{
		id: 'saturn-sw2-1996-sm',
		title: '1996 Saturn SW2 service manual, keyless entry programming procedure',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Saturn/1996/SW2%20Automatic/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Keyless%20Entry%20System%20-%20Remote/Programming/Programming%20Procedure'
	},
	{
		id: 'saturn-1997-tsb',
		title:
			'Saturn 1997 service bulletin, "Keyless Entry/Security System – Programming Instructions"',
		kind: 'bulletin',
		url: 'https://myvehicle.help/Saturn/1997/SW1%20L4-1.9L%20SOHC%20VIN%208/Repair%20and%20Diagnosis/Technical%20Service%20Bulletins/All%20Technical%20Service%20Bulletins/Keyless%20Entry%2FSecurity%20System%20-%20Programming%20Instructions'
	},
	{
		id: 'saturnfans-dealer',
		title: 'SaturnFans forum: 2000–2002 S-series, L, ION and VUE remotes are done by the dealer',
		kind: 'community',
		url: 'http://www.saturnfans.com/forums/showthread.php?p=655358&page=2'
	},
	{
		id: 'gm-gto-2004-sm',
		title: '2004 Pontiac GTO service manual, "Programming Transmitters Without Tech 2"',
		kind: 'service-manual',
		url: 'https://gm.saturn.team/Pontiac/GTO/2004/30/31/2942/52171'
	},
	{
		id: 'saturn-aura-2007-owners',
		title: '2007 Saturn Aura owner\'s manual, "Programming Keys" (PASS-Key III+)',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2007-saturn-aura-hybrid-owners-manual/2/?srch=service'
	},
	{
		id: 'buick-century-2003-sm-relearn',
		title: '2003 Buick Century 3.1L service manual, "30 Minute Learn Procedure" (Passlock)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Buick/2003/Century%20Base/Repair%20and%20Diagnosis/Engine%20Performance/System/Engine%20Controls%20Self-Diagnostics%20-%203.1L%20Engine/Programming/Programming%20Theft%20Deterrent%20System%20Components/30%20Minute%20Learn%20Procedure'
	},
	{
		id: 'olds-aurora-2002-sm-relearn',
		title: '2002 Oldsmobile Aurora service manual, "30-Minute Relearn Procedure" (PASS-Key III)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Saturn/2002/SC2%20Automatic%2C%20MP6/Repair%20and%20Diagnosis/External%20Pages/Different%20car/Section%2033%20%28Body%20Control%20Modules%29/Programming/Theft%20Deterrent%20Module/30-Minute%20Relearn%20Procedure'
	},
	{
		id: 'buick-keyless-access-owners',
		title:
			'Buick owner\'s manual, "Programming with a Recognized Transmitter (Keyless Access Vehicles Only)"',
		kind: 'owners-manual',
		url: 'https://www.buiclub.com/info-2194.html'
	},
	{
		id: 'tahoe-2015-owners',
		title:
			'2015 Chevrolet Tahoe/Suburban owner\'s manual, "Programming with a Recognized Transmitter"',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2015-chevrolet-tahoe-owners-manual/2/?srch=remote+start'
	},
	{
		id: 'malibu-2015-owners',
		title:
			'2015 Chevrolet Malibu owner\'s manual, "Programming with a Recognized Transmitter" and "Programming without a Recognized Transmitter (Keyless Access Vehicles Only)"',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2015-chevrolet-malibu-owners-manual/3/?srch=lock'
	},
	{
		id: 'gm-replacing-transmitters-without-sps',
		title:
			'GM service information, "Replacing Transmitters (Without SPS)" (later Sierra HD text, shown on a 2021 Cadillac XT5 page)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Cadillac/2021/XT5%20Sport/Repair%20and%20Diagnosis/External%20Pages/Different%20car/Section%20734%20%28Keyless%20Entry%20System%20And%20Remote%20Functions%29/Repair%20Instructions/Remote%20Control%20Door%20Lock%20and%20Theft%20Deterrent%20Transmitter%20Programming/Replacing%20Transmitters%20%28Without%20SPS%29/'
	}
]);
