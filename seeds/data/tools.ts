import type { SeedTool } from '../types'

/** The four self-massage tools the clinic's article names. */
export const tools: SeedTool[] = [
  {
    slug: 'massage-ball',
    name: 'Massage balls',
    summary:
      'A small, firm ball you lean on or roll under your hand. It helps you press into tight spots that are hard to reach, like your hips, glutes and feet. A tennis ball works well to start.',
    choosingTips: [
      'Balls come in different sizes for different muscle groups.',
      'Pick a small ball for your feet, hands and the front of your hips.',
      'Pick a larger ball for big muscles like your glutes and upper back.',
      'A tennis ball is soft enough to start with. Move to a firmer ball only if you need more pressure.',
      'Choose a ball with a smooth surface if your skin or muscles are very tender.',
    ],
  },
  {
    slug: 'foam-roller',
    name: 'Foam rollers',
    summary:
      'A long tube of foam that you lie or sit on and roll back and forth. It works well on big areas like your calves, hamstrings and thighs. Your body weight sets the pressure.',
    choosingTips: [
      'Rollers come in different densities for different pressure needs.',
      'Start with a soft roller if you are new to rolling or your pain is widespread.',
      'Move to a firmer roller only when the soft one feels too easy.',
      'Smooth rollers feel gentler than ones with bumps or ridges.',
      'A long roller is more stable. A short one is easier to store and carry.',
    ],
  },
  {
    slug: 'percussion-device',
    name: 'Percussion devices',
    summary:
      'An electric massager with a head that taps quickly into your muscles. It is made for deep tissue work on large muscles. Use it gently and for short times.',
    choosingTips: [
      'Pick a device with several speed settings so you can start low.',
      'Soft, round heads are gentler than small, pointed ones.',
      'Use it on muscles only. Keep it off bones, joints, your neck and your spine.',
      'A lighter device is easier to hold if your hands or wrists are sore.',
      'Ask your therapist before you use one if you bruise easily or take blood thinners.',
    ],
  },
  {
    slug: 'heat-therapy',
    name: 'Heat therapy',
    summary:
      'Warmth from a heat pack, warm towel or warm shower before or with massage. Heat helps muscles relax, so massage can feel easier and work better.',
    choosingTips: [
      'A microwave heat pack or a warm, damp towel is a simple place to start.',
      'Pick an electric heating pad with an auto shut-off if you use heat at bedtime.',
      'Warm, not hot, is the goal. Always keep a cloth between the heat and your skin.',
      'Use heat for 15 to 20 minutes at a time, then take a break.',
      'Skip heat on a joint that is hot, red or swollen. Ask us about cold therapy instead.',
    ],
  },
]
