import { sourceList } from './source-ids';

/**
 * Documents behind the Ford, Lincoln and Mercury data (and the Ford-built Mazda
 * B-Series). Titles name the document as an owner or mechanic would look for it;
 * where the only public copy is an unofficial mirror of factory text, the title
 * names the factory document and the address is the mirror.
 */
export const {
	docs: FORD_SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'ford-2003-owners-manual-rke',
		title:
			'2003 Ford owner\'s manual, p. 147, "Programming remote transmitters" (quoted on a Ford truck forum)',
		kind: 'owners-manual',
		url: 'https://www.ford-trucks.com/forums/375694-remote-programming.html?highlight=program'
	},
	{
		id: 'ford-2005-f350-workshop-rke',
		title:
			'Ford workshop manual, 2005 F-350, RKE transmitter programming (quoted on Ford Truck Fanatics)',
		kind: 'service-manual',
		url: 'https://www.fordtruckfanatics.com/threads/key-fob-to-work.26709'
	},
	{
		id: 'ford-workshop-rke-exit',
		title: 'Ford workshop text on leaving RKE programming mode (quoted on CarGurus)',
		kind: 'service-manual',
		url: 'https://cargurus.ca/Cars/Discussion-t39673_ds756332'
	},
	{
		id: 'ford-tsb-97-24-13',
		title:
			'Ford technical service bulletin 97-24-13, remote keyless entry programming, 1992–1998 models',
		kind: 'bulletin',
		url: 'https://v8sho.com/SHO/Remote%20Keyless%20Entry%20TSB%2097-24-13.htm'
	},
	{
		id: 'ford-escape-2003-owners',
		title: "2003 Ford Escape owner's manual, remote transmitter programming",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2003-ford-escape-owners-manual/?srch=ECO+mode'
	},
	{
		id: 'mazda-b3000-2002-owners',
		title: "2002 Mazda B3000 4WD owner's manual, programming the remote entry transmitters",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2002-mazda-model-b3000-4wd-owners-manual/?srch=remote+start'
	},
	{
		id: 'lincoln-town-car-2001-owners',
		title: "2001 Lincoln Town Car owner's manual, programming remote transmitters",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2001-lincoln-town-car-owners-manual/?srch=key+battery'
	},
	{
		id: 'mercury-grand-marquis-2003-owners',
		title: "2003 Mercury Grand Marquis owner's manual, programming remote transmitters",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2003-mercury-grand-marquis-owner-s-manuals/13'
	},
	{
		id: 'kiwiolsen-keyless-remote',
		title:
			'Programming a keyless remote: Lincoln models and 2006 Ford Ranger (personal how-to page)',
		kind: 'community',
		url: 'http://www.kiwiolsen.net/programming-a-keyless-remote-autos.php'
	},
	{
		id: 'itstillruns-ford-remote',
		title: 'How to program a Ford remote door lock (It Still Runs, 2007 F-150)',
		kind: 'community',
		url: 'https://itstillruns.com/program-ford-remote-door-lock-5679235.html'
	},
	{
		id: 'fordtrucks-fob-article',
		title:
			'Why is my Ford key fob not working? (Ford-Trucks.com article, F-150 2004–2014, Super Duty 2005–2014)',
		kind: 'community',
		url: 'https://www.ford-trucks.com/how-tos/a/ford-f150-ford-f250-why-is-my-key-fob-not-working-356390'
	},
	{
		id: 'carkb-explorer-1996',
		title: '"96 Explorer remote program help" (carkb Ford Explorer forum)',
		kind: 'community',
		url: 'http://www.carkb.com/Uwe/Forum.aspx/ford-explorer/2131/96-Explorer-remote-program-help'
	},
	{
		id: 'keyless-remotes-1995',
		title: 'keyless-remotes.com, 1995 Ford programming page',
		kind: 'community',
		url: 'https://keyless-remotes.com/1995-7/'
	},
	{
		id: 'ford-transit-connect-2011-sm',
		title:
			'2011 Ford Transit Connect workshop manual, "Remote Keyless Entry (RKE) Transmitter Programming"',
		kind: 'service-manual',
		url: 'https://charm.ecrasystems.com/hyperlink/Ford%20Truck/2011/Transit%20Connect%20L4-2.0L/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Keyless%20Entry/Keyless%20Entry%20Transmitter/Testing%20and%20Inspection/Remote%20Keyless%20Entry%20%28RKE%29%20Transmitter%20Programming'
	},
	{
		id: 'itstillruns-focus',
		title: 'How to program a Ford Focus key (It Still Runs, 2000–2010 Focus)',
		kind: 'community',
		url: 'https://itstillruns.com/program-ford-focus-key-6114141.html'
	},
	{
		id: 'fordforums-procedure-b',
		title: '"Programing after market keyless entry remote" (FordForums thread, "Procedure B")',
		kind: 'community',
		url: 'https://www.fordforums.com/threads/programing-after-market-keyless-entry-remote.312618/#post-50594342'
	},
	{
		id: 'ford-eu-forums-4-turns',
		title: '"Reprogramming Ford Focus remote key fob" (MoneySavingExpert forum)',
		kind: 'community',
		url: 'https://forums.moneysavingexpert.com/discussion/83941/reprogramming-ford-focus-remote-key-fob'
	},
	{
		id: 'focusfanatics-fob',
		title: '"Key fob programming how?" (Focus Fanatics forum)',
		kind: 'community',
		url: 'http://www.focusfanatics.com/forum/general-technical-chat/158101-key-fob-programming-how.html'
	},
	{
		id: 'passionford-keys',
		title: '"Problem with keys" (PassionFord forum: remote side only, not the immobiliser)',
		kind: 'community',
		url: 'https://passionford.com/forum/technical-help-q-and-a/362120-problem-with-keys.html'
	},
	{
		id: 'fixfault-ford-fob',
		title: 'Ford remote key fob fix (fixfault.com)',
		kind: 'community',
		url: 'https://fixfault.com/fix?id=131821'
	},
	{
		id: 'fordownersclub-key-help',
		title:
			'"Key help" (Ford Owners Club forum: 6 seconds, then 10 seconds; new fobs need their chip programmed)',
		kind: 'community',
		url: 'https://www.fordownersclub.com/forums/topic/83719-key-help/'
	},
	{
		id: 'fordownersclub-no-chime',
		title: 'Ford Owners Club forum: no chime means owner programming was disabled',
		kind: 'community',
		url: 'http://www.fordownersclub.com/forums/lofiversion/index.php?t39613.html'
	},
	{
		id: 'fordownersclub-mondeo-2004',
		title: '"Cannot enter key programming mode" (Ford Owners Club forum, 2004 Mondeo)',
		kind: 'community',
		url: 'https://www.fordownersclub.com/forums/topic/24095-cannot-enter-key-programming-mode/'
	},
	{
		id: 'mysweetindulgence-mondeo',
		title: 'Mondeo remote programming question and answer page (mysweetindulgence.com)',
		kind: 'community',
		url: 'https://mysweetindulgence.com/?p=222878'
	},
	{
		id: 'ford-escape-2008-owners-pats',
		title: '2008 Ford Escape owner\'s manual, "Programming spare keys" (quoted on answers.com)',
		kind: 'owners-manual',
		url: 'https://answers.com/natural-sciences/How_do_i_get_coded_keys'
	},
	{
		id: 'ford-expedition-2000-owners-pats',
		title: '2000 Ford Expedition owner\'s manual, "Programming spare keys"',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2000-ford-expedition-owners-manual/4/?srch=ignition'
	},
	{
		id: 'ford-mustang-2003-owners-pats',
		title: "2003 Ford Mustang owner's manual, programming spare keys",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2003-ford-mustang-owners-manual/13'
	},
	{
		id: 'ford-expedition-2010-owners-pats',
		title: "2010 Ford Expedition owner's manual, programming spare keys",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2010-ford-expedition-owners-manual/23'
	},
	{
		id: 'ford-flex-2009-sm-pats',
		title: '2009 Ford Flex workshop manual, "Key Programming Using Two Programmed Keys"',
		kind: 'service-manual',
		url: 'https://charm.li/Ford%20Truck/2009/Flex%20AWD%20V6-3.5L/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Keyless%20Entry/Testing%20and%20Inspection/Key%20Programming/Using%20Two%20Programming%20Keys'
	},
	{
		id: 'ford-e250-2012-sm-pats',
		title: '2012 Ford E-250 workshop manual, "PATS Key Programming Using Two Programmed Keys"',
		kind: 'service-manual',
		url: 'https://charm.ecrasystems.com/Ford%20Truck/2012/E%20250%20V8-5.4L/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Testing%20and%20Inspection/Programming%20and%20Relearning/Passive%20Anti-Theft%20System%20%28PATS%29%20Key%20Programming%20Using%20Two%20Programmed%20Keys'
	},
	{
		id: 'mercury-mariner-2009-sm-pats',
		title:
			'2009 Mercury Mariner (incl. Hybrid) workshop manual, "Key Programming Using Two Programmed Keys"',
		kind: 'service-manual',
		url: 'https://charm.li/Mercury%20Truck/2009/Mariner%202WD%20L4-2.5L%20Hybrid/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Testing%20and%20Inspection/Programming%20and%20Relearning/Key%20Programming/Using%20Two%20Programmed%20Keys'
	},
	{
		id: 'ford-explorer-2010-sm-pats',
		title: '2010 Ford Explorer workshop manual, "Key Programming Using Two Programmed Keys"',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Ford/2010/Explorer%204.6%208%2C%20AWD/Repair%20and%20Diagnosis%20%28Single%20Page%29/Body%20%26%20Frame/Door%20Locks/Anti-Theft%20System%20-%20Passive%20Anti-Theft%20System%20%28Pats%29/General%20Procedures/Key%20Programming%20Using%20Two%20Programmed%20Keys/'
	},
	{
		id: 'lincoln-mkz-2008-sm-pats',
		title: '2008 Lincoln MKZ workshop manual, "Key Programming Using Two Programmed Keys"',
		kind: 'service-manual',
		url: 'https://charm.li/Lincoln/2008/MKZ%20FWD%20V6-3.5L/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Keyless%20Entry/Testing%20and%20Inspection/Key%20Programming/Using%20Two%20Programming%20Keys'
	},
	{
		id: 'ford-excursion-2003-sm-pats',
		title:
			'2003 Ford Excursion and F-250–F-550 Super Duty workshop manual, "Key Programming Using Two Programmed Keys"',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Ford/2003/Excursion%207.3%20F%2C%20RWD/Repair%20and%20Diagnosis%20%28Single%20Page%29/Body%20%26%20Frame/Door%20Locks/Anti-Theft-%20Pats%20System%20-%20Excursion%20%26%20F250-F550%20Super%20Duty/General%20Procedures/Key%20Programming%20Using%20Two%20Programmed%20Keys'
	},
	{
		id: 'mercury-grand-marquis-1998-sm-pats',
		title: '1998 Mercury Grand Marquis workshop manual, PATS spare key programming',
		kind: 'service-manual',
		url: 'https://myvehicle.help/Mercury/1998/Grand%20Marquis%20V8-281%204.6L%20SFI/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Service%20and%20Repair/Key%20Programming/Spare%20Key%20Programming%20Switch'
	},
	{
		id: 'keyfobmall-taurus-2006',
		title: '2006 Ford Taurus key programming instructions (keyfobmall.com locksmith page)',
		kind: 'trade',
		url: 'https://keyfobmall.com/2006-Ford-Taurus-Key-Fob-p/2006-ford-taurus-793-key.htm'
	},
	{
		id: 'itstillruns-pats',
		title: 'How to reprogram a car key (It Still Runs, Ford PATS)',
		kind: 'community',
		url: 'https://itstillruns.com/reprogram-car-key-7378850.html'
	},
	{
		id: 'allfordmustangs-pats',
		title: 'Programming PATS keys, 1998-on Mustang (AllFordMustangs)',
		kind: 'community',
		url: 'http://www.allfordmustangs.com/Detailed/350.shtml'
	},
	{
		id: 'mercury-sable-2000-owners',
		title: "2000 Mercury Sable owner's manual, programming remote entry transmitters",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2000-mercury-sable-owner-s-manuals/2/?srch=door+lock'
	},
	{
		id: 'lincoln-mks-2009-ia-two-keys',
		title:
			'2009 Lincoln MKS workshop manual, "Key Programming Using Two Programmed Keys - Intelligent Access (IA)"',
		kind: 'service-manual',
		url: 'https://myvehicle.help/hyperlink/Lincoln/2009/MKS%20FWD%20V6-3.7L/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Testing%20and%20Inspection/Programming%20and%20Relearning/Key%20Programming/Using%20Two%20Programmed%20Keys/Intelligent%20Access%20%28IA%29'
	},
	{
		id: 'fusion-hybrid-forum-ia',
		title: '"Programming a new Intelligent Access key" (Ford Fusion Hybrid forum)',
		kind: 'community',
		url: 'http://fordfusionhybridforum.com/topic/8117-programming-a-new-intelligent-access-key/?view=getlastpost'
	},
	{
		id: 'f150forum-intelligent-access',
		title: '"Programming 3rd Intelligent Access key" (F150Forum thread)',
		kind: 'community',
		url: 'https://www.f150forum.com/f118/programming-3rd-intelligent-access-key-296095/index9/'
	},
	{
		id: 'f150online-pats-keyring',
		title:
			'"02 Keys???? PATS????" (F150Online forum: two coded keys on one key ring can cause a no-start)',
		kind: 'community',
		url: 'https://www.f150online.com/forums/electrical-systems/351306-02-keys-pats.html'
	},
	{
		id: 'mazda-tribute-2003-owners',
		title:
			"2003 Mazda Tribute owner's manual, keys (without a second coded key, the car must go to a dealer)",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2003-mazda-model-tribute-owners-manual-in-english/2/?srch=key'
	}
]);
