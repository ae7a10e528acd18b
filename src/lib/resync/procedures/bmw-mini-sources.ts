import { factsCiting } from './source-ids';
import type { SourceDoc } from '../types';

/**
 * The documents behind the BMW / MINI data: remote initialisation of the
 * first-generation MINI (R50/R52/R53) and the BMW cars with the same remote
 * system, the later MINI key system (CAS), and the key facts the
 * troubleshooting needs. docs/resync.md summarises what each one says.
 *
 * Faithful mirrors of maker text are named by the maker's document; forum
 * posts by their thread.
 */
export const BMW_MINI_SOURCES = [
	// ── Procedure texts ──────────────────────────────────────────────────
	{
		id: 'bentley-bmw-remote-my2000',
		title:
			'BMW: Initializing Remote Key, new style as of model year 2000 (Bentley Publishers tech wiki)',
		kind: 'trade',
		url: 'https://wiki.bentleypublishers.com/display/tech/BMW+Initializing+Remote+Key+-+from+MY2000'
	},
	{
		id: 'precisionecu-bmw-remote-init',
		title: 'BMW Remote Programming (Initialization), step by step (Precision ECU)',
		kind: 'trade',
		url: 'https://www.precisionecu.com/blogs/news/bmw-remote-programming-initialization'
	},
	{
		id: 'bavauto-e39-key-init',
		title: 'Keyless entry reset / key initialization, 2002 530i E39 (Bavarian Autosport blog)',
		kind: 'trade',
		url: 'https://blog.bavauto.com/2756/keyless-entry-resetkey-initialization-2002-530i-e39/'
	},
	{
		id: 'bmw-e53-owners-manual',
		title: 'BMW X5 (E53) Owner’s Manual, remote control section (scan quoted on xseries-forum)',
		kind: 'owners-manual',
		url: 'https://xseries-forum.com/forum/viewtopic.php?p=128596'
	},
	{
		id: 'roadfly-m3-shop-manual',
		title: '2002 M3 remote initialisation "copied out of a shop manual" (Roadfly forum)',
		kind: 'community',
		url: 'http://forum.roadfly.com/archive/index.php/t-11895484.html?s=7f1fc9666977c2d75a7a77d7dab3d026'
	},
	{
		id: 'bmwtips-programming-keys',
		title: 'Programming keys, 1997 BMW with a battery key (bmwtips.com)',
		kind: 'community',
		url: 'http://bmwtips.com/tipsntricks/ProgrammingKeys/ProgKeys.htm'
	},
	{
		id: 'bimmerfest-key-init',
		title: 'Key remote initialisation thread (Bimmerfest forum archive)',
		kind: 'community',
		url: 'http://www.bimmerfest.com/forums/archive/index.php/t-31632.html'
	},
	{
		id: 'alfalinks-bmw-key-sync',
		title: 'BMW key synchronisation, "info from BMW TIS" (alfalinks)',
		kind: 'community',
		url: 'http://admin.alfalinks.lv/en/bmw/key-syncronization'
	},
	{
		id: 'pistonheads-remote-only',
		title:
			'BMW remote programming: the remote part only, not the immobiliser chip (PistonHeads forum)',
		kind: 'community',
		url: 'https://www.pistonheads.com/gassing/topic.asp?f=181&h=0&t=911269'
	},
	{
		id: 'minimania-reprogram-r5x',
		title: 'Reprogramming MINI keys for R50, R52 and R53 models (MiniMania)',
		kind: 'community',
		url: 'https://www.minimania.com/Reprogram_New_MINI_Keys_R50_52_53'
	},
	{
		id: 'axleaddict-mini-remote',
		title:
			'How to fix the remote central locking on your BMW Mini 2004-2006 (AxleAddict, by a MINI specialist workshop)',
		kind: 'trade',
		url: 'https://axleaddict.com/auto-repair/mini-remote-central-locking'
	},
	{
		id: 'mini2-two-button-manual',
		title:
			'Pre-facelift R50 key: CR2032 cell and initialisation as in the owner’s manual, p. 22 (MINI2 forum post)',
		kind: 'community',
		url: 'http://www.mini2.com/forum/3551163-post10.html'
	},
	{
		id: 'mini-2002-owners-manual-keys',
		title:
			'MINI owner’s manual (North American edition, 2002-2004): Keys, "Initializing the master key with remote control", p. 22 (as quoted by owners)',
		kind: 'owners-manual'
	},
	{
		id: 'nam-remote-key-not-working',
		title:
			'R50/53 "Remote key not working" thread, quoting the owner’s manual (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/r50-r53-hatch-talk-2002-2006/74398-remote-key-not-working.html'
	},
	{
		id: 'mini2-remote-key-not-working',
		title:
			'Remote key not working: key near the left shoulder; ignition on/off to finish (MINI2 forum)',
		kind: 'community',
		url: 'https://www.mini2.com/threads/remote-key-not-working.86063/'
	},
	{
		id: 'motoringalliance-key-fob',
		title:
			'Key fob not unlocking car: all keys together; hours of driving to recharge (Motoring Alliance forum)',
		kind: 'community',
		url: 'https://www.motoringalliance.com/threads/key-fob-not-unlocking-car.25741/'
	},
	{
		id: 'nam-key-will-not-program',
		title:
			'2003 MINI "Key issue, will not program": the manual read as position 2, then lock and unlock together; LED flashes yet no response (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/electrical/182496-key-issue-will-not-program.html'
	},
	{
		id: 'norcalminis-dead-key',
		title:
			'Reviving and programming a dead 2005 MINI key: ignition on, then off within 5 seconds (NorCal MINIs, from MINI2)',
		kind: 'community',
		url: 'http://www.norcalminis.com/2012/04/diy-reviving-and-programming-dead-mini.html'
	},
	{
		id: 'nam-keys-opposite-order',
		title:
			'North American Motoring forum, thread 259176: “try doing the keys in opposite order” (R50/R53 remote initialisation)',
		kind: 'community'
	},
	// ── New keys, bar-code data, shop tools ─────────────────────────────
	{
		id: 'nam-key-conundrum',
		title: 'Key conundrum: an aftermarket fob learnt on a facelift car (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/stock-problems-issues/373598-key-conundrum.html'
	},
	{
		id: 'nam-what-have-i-done',
		title:
			'R50/53 "What have I done": no-start after programming a scrapyard key (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/r50-r53-hatch-talk-2002-2006/234311-what-have-i-done.html'
	},
	{
		id: 'nam-remote-key-barcode',
		title:
			'R50/53 "Remote key question": pre-2005 remotes need the bar-code data and a dealer computer (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/r50-r53-hatch-talk-2002-2006/237624-remote-key-question-2.html'
	},
	{
		id: 'nam-new-fob-autel',
		title:
			'R50/53 new key fob programming with an Autel tool and the key’s tag codes (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/r50-r53-hatch-talk-2002-2006/356106-new-key-fob-programming-help.html'
	},
	{
		id: 'mini-remote-keys-guide',
		title:
			'MINI and Land Rover remote keys: what can and cannot be coded on 2002-2006 MINIs (owner’s guide)',
		kind: 'community',
		url: 'https://sites.google.com/site/miniandlandroverremotekeys/home'
	},
	{
		id: 'm5board-coding-new-keys',
		title:
			'Coding new keys yourself: the transponder is coded before the key reaches the dealer (M5Board forum)',
		kind: 'community',
		url: 'https://www.m5board.com/threads/coding-new-keys-yourself.113409/'
	},
	// ── Later MINI (CAS) ────────────────────────────────────────────────
	{
		id: 'mini-r56-cas-description',
		title: 'MINI R56 repair information: Car Access System (CAS), description and operation',
		kind: 'service-manual',
		url: 'https://charm.li/Mini/2008/Cooper%20S%20%28R56%29%20L4-1.6L%20Turbo%20%28N14%29/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Keyless%20Entry/Description%20and%20Operation/Car%20Access%20System%20%28CAS%29'
	},
	{
		id: 'bmw-cas-key-numbers',
		title:
			'BMW service information (E65/E66): Car Access System key numbers, at most 10 keys per car',
		kind: 'service-manual',
		url: 'https://wds.psjr.org/ja/e65e66/zinfo/SCM0902HI-6100001.htm'
	},
	{
		id: 'mini-2011-owners-manual',
		title:
			'2011 MINI Cooper Convertible Owner’s Manual: remote control in the ignition lock, Start/Stop button',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2011-mini-cooper-convertible-owners-manual/2/?srch=remote+control'
	},
	{
		id: 'mini-model-history',
		title:
			'MINI Hatch model history: R50/R53 2001-2006, R52 convertible 2004-2008, R56 from late 2006 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/Mini_Hatch'
	},
	// ── BMW chassis years (which model years each chassis code covers) ───
	{
		id: 'wikipedia-bmw-e38',
		title: 'BMW 7 Series (E38): produced April 1994 to July 2001 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/BMW_7_Series_(E38)'
	},
	{
		id: 'wikipedia-bmw-e39',
		title: 'BMW 5 Series (E39): produced September 1995 to May 2004 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/BMW_5_Series_(E39)'
	},
	{
		id: 'wikipedia-bmw-e46',
		title: 'BMW 3 Series (E46): produced December 1997 to August 2006 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/BMW_3_Series_(E46)'
	},
	{
		id: 'wikipedia-bmw-z8',
		title: 'BMW Z8 (E52): produced from 2000 to 2003 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/BMW_Z8'
	},
	{
		id: 'wikipedia-bmw-x5-e53',
		title: 'BMW X5 (E53): produced September 1999 to September 2006 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/BMW_X5_(E53)'
	},
	{
		id: 'wikipedia-bmw-e60',
		title: 'BMW 5 Series (E60 / E61): produced July 2003 to 2010 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/BMW_5_Series_(E60)'
	},
	{
		id: 'wikipedia-bmw-e90',
		title:
			'BMW 3 Series (E90 / E91 / E92 / E93): produced December 2004 to October 2013 (Wikipedia)',
		kind: 'community',
		url: 'https://en.wikipedia.org/wiki/BMW_3_Series_(E90)'
	},
	// ── Key hardware, body module, costs ────────────────────────────────
	{
		id: 'mini-bc1-description',
		title:
			'MINI R50/R53 repair information: Body Control Module (BC1), description and operation (location, remote locking, low-voltage load shedding)',
		kind: 'service-manual',
		url: 'https://manuals.autorepairshq.com/Mini/2004/Cooper%20S%20%28R53%29%20L4-1.6L%20SC%20%28W11%29/Repair%20and%20Diagnosis/Powertrain%20Management/Computers%20and%20Control%20Systems/Body%20Control%20Module/Description%20and%20Operation'
	},
	{
		id: 'nam-bc1-water',
		title: 'Questions regarding BC1 replacement: the BC1 was getting wet (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/stock-problems-issues/181887-questions-regarding-bc1-replacement.html'
	},
	{
		id: 'bcmrepair-r50-r53',
		title:
			'Mini Cooper R50/R53 (2002-2006) BCM repair guide: water from leaking A-pillar seals (BCM Repair UK)',
		kind: 'trade',
		url: 'https://bcmrepair.co.uk/step-by-step-guide-for-mini-cooper-r50-r53-2002-2006-bcm-repair'
	},
	{
		id: 'nam-receiver-mirror',
		title:
			'R50/53 new key programming issue: receiver in the rear-view mirror on facelift cars (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/mini-cooper-forums/t-368611.html'
	},
	{
		id: 'mini2-receiver-headliner',
		title:
			'Remote central locking not working: receiver in the mirror on some cars, in the headliner on others (MINI2 forum)',
		kind: 'community',
		url: 'https://www.mini2.com/threads/remote-central-locking-not-working-after-disconnecting-battery.366169/'
	},
	{
		id: 'bmwgm5-key-fob',
		title:
			'BMW key fob battery replacement and repair: switches and solder joints; no primary cells in a charging fob (BMWGM5)',
		kind: 'trade',
		url: 'https://www.bmwgm5.com/Key_Fob.htm'
	},
	{
		id: 'nam-06-mcs-remote-inop',
		title:
			'06 MCS remote inoperative but starts the car: recharge by driving; start is separate (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/r50-r53-hatch-talk-2002-2006/56083-06-mcs-remote-inop-key.html'
	},
	{
		id: 'newminiscotland-key-fob',
		title:
			'R53 2005 key fob problem: a specialist charged £16 to re-code (New MINI Scotland forum archive)',
		kind: 'community',
		url: 'http://newminiscotland.co.uk/forums/archive/index.php/t-21441.html'
	},
	{
		id: 'nam-remote-stopped-working',
		title: 'Remote stopped working: about $340 for a new key (North American Motoring)',
		kind: 'community',
		url: 'https://www.northamericanmotoring.com/forums/stock-problems-issues/162481-remote-stopped-working.html'
	}
] as const satisfies readonly SourceDoc[];

/** Ids of the documents above, so the data below cannot cite one that does not exist. */
export type BmwMiniSourceId = (typeof BMW_MINI_SOURCES)[number]['id'];

/** Typed source list: a typo in an id is a compile error. */
export const src = (...ids: BmwMiniSourceId[]): readonly BmwMiniSourceId[] => ids;
/** A sourced sentence citing BMW and MINI documents (see `factsCiting`). */
export const fact = factsCiting(src);
