import type { SeedRoutine } from '../types'

/** Six home routines, one for each time and purpose the clinic's article names. */
export const routines: SeedRoutine[] = [
  {
    slug: 'morning-routine',
    name: 'Morning routine',
    purpose: 'morning-stiffness',
    summary:
      'Gentle techniques to ease the stiffness that builds up overnight. Do it soon after you get up, before you rush into your day.',
    items: [
      {
        technique: 'neck-and-shoulder-rolls',
        dosage: { repetitions: 8, sets: 1, pressure: 'light', timeOfDay: ['morning'] },
        note: 'Start small and let the circles get bigger as you loosen up.',
      },
      {
        technique: 'chest-opening-stretch',
        dosage: { repetitions: 2, holdSeconds: 20, timeOfDay: ['morning'] },
        note: 'Keep the stretch mild. Your muscles are still cool first thing.',
      },
      {
        technique: 'calf-and-hamstring-rolling',
        dosage: { durationMinutes: 2, pressure: 'light', timeOfDay: ['morning'] },
        note: 'Roll slowly with your hips on the floor to keep the pressure light.',
      },
      {
        technique: 'foot-reflexology',
        dosage: { durationMinutes: 2, pressure: 'light', timeOfDay: ['morning'] },
        note: 'Roll a ball under each foot while you sit on the edge of your bed.',
      },
    ],
    conditions: ['osteoarthritis', 'rheumatoid-arthritis', 'fibromyalgia', 'lower-back-pain', 'herniated-disc'],
  },
  {
    slug: 'pre-activity-warm-up',
    name: 'Pre-activity warm-up',
    purpose: 'pre-activity',
    summary:
      'A brief massage to get your muscles ready before a walk, workout, gardening or other physical activity. Keep it quick and light.',
    items: [
      {
        technique: 'calf-and-hamstring-rolling',
        dosage: { durationMinutes: 2, timeOfDay: ['before-activity'] },
        note: 'Roll a little faster than usual. The goal is to warm up, not to work deep.',
      },
      {
        technique: 'glute-release-and-activation',
        dosage: { durationMinutes: 3, repetitions: 8, sets: 1, timeOfDay: ['before-activity'] },
        note: 'Roll briefly, then do one set of hip lifts to wake up your glutes.',
      },
      {
        technique: 'hip-flexor-release',
        dosage: { repetitions: 1, sets: 2, holdSeconds: 30, restSeconds: 0, timeOfDay: ['before-activity'] },
        note: 'One short hold on each side is enough before activity.',
      },
      {
        technique: 'neck-and-shoulder-rolls',
        dosage: { repetitions: 10, sets: 1, timeOfDay: ['before-activity'] },
        note: 'Finish standing tall, ready to move.',
      },
    ],
    conditions: ['lower-back-pain', 'sciatica', 'osteoarthritis'],
  },
  {
    slug: 'post-exercise-recovery',
    name: 'Post-exercise recovery',
    purpose: 'post-exercise',
    summary:
      'Focused techniques after exercise to help prevent the muscle soreness that shows up a day or two later. Do it within an hour of finishing.',
    items: [
      {
        technique: 'calf-and-hamstring-rolling',
        dosage: { durationMinutes: 5, timeOfDay: ['after-exercise'] },
        note: 'Go slowly and pause on tight spots. Drink some water afterwards.',
      },
      {
        technique: 'glute-release-and-activation',
        dosage: { durationMinutes: 4, repetitions: 10, sets: 1, timeOfDay: ['after-exercise'] },
        note: 'Spend most of the time rolling. One set of hip lifts is enough after exercise.',
      },
      {
        technique: 'hip-flexor-release',
        dosage: { timeOfDay: ['after-exercise'] },
        note: 'Helpful after walking, running or cycling.',
      },
      {
        technique: 'foot-reflexology',
        dosage: { durationMinutes: 2, timeOfDay: ['after-exercise'] },
        note: 'Roll a ball under each foot to finish.',
      },
    ],
    conditions: ['lower-back-pain', 'sciatica', 'osteoarthritis'],
  },
  {
    slug: 'evening-wind-down',
    name: 'Evening wind-down',
    purpose: 'evening-relaxation',
    summary:
      'Calming techniques to help your body relax and get ready for restful sleep. Dim the lights and breathe slowly while you do them.',
    items: [
      {
        technique: 'neck-and-shoulder-rolls',
        dosage: { repetitions: 6, sets: 1, pressure: 'light', timeOfDay: ['evening'] },
        note: 'Move slowly and breathe out as your shoulders drop.',
      },
      {
        technique: 'chest-opening-stretch',
        dosage: { repetitions: 2, holdSeconds: 30, pressure: 'light', timeOfDay: ['evening'] },
        note: 'Take three slow breaths during each hold.',
      },
      {
        technique: 'foot-reflexology',
        dosage: { durationMinutes: 4, pressure: 'light', timeOfDay: ['bedtime'] },
        note: 'Use your hands rather than a ball for a softer, more soothing touch.',
      },
      {
        technique: 'scalp-massage',
        dosage: { durationMinutes: 3, timeOfDay: ['bedtime'] },
        note: 'Do this last, in bed or sitting on the edge of it.',
      },
    ],
    conditions: ['fibromyalgia', 'migraine', 'rheumatoid-arthritis'],
  },
  {
    slug: 'flare-up-protocol',
    name: 'Flare-up protocol',
    purpose: 'flare-up',
    summary:
      'Short, gentle sessions you can repeat several times a day when your pain spikes. Use light pressure and stay away from the area that hurts most.',
    items: [
      {
        technique: 'neck-and-shoulder-rolls',
        dosage: {
          repetitions: 5,
          sets: 1,
          pressure: 'light',
          frequency: 'several-times-daily',
          timeOfDay: ['any-time'],
        },
        note: 'Keep the circles small and slow. Stop if it adds to your pain.',
      },
      {
        technique: 'scalp-massage',
        dosage: {
          durationMinutes: 2,
          pressure: 'light',
          frequency: 'several-times-daily',
          timeOfDay: ['any-time'],
        },
        note: 'Breathe slowly. This helps calm your whole nervous system.',
      },
      {
        technique: 'arm-and-hand-self-massage',
        dosage: {
          durationMinutes: 2,
          pressure: 'light',
          frequency: 'several-times-daily',
          timeOfDay: ['any-time'],
        },
        note: 'Use light strokes with your hand only. Skip any joint that is hot, red or swollen.',
      },
      {
        technique: 'foot-reflexology',
        dosage: {
          durationMinutes: 2,
          pressure: 'light',
          frequency: 'several-times-daily',
          timeOfDay: ['any-time'],
        },
        note: 'Use your hands, not a ball. Gentle touch away from the painful area can still ease pain.',
      },
    ],
    conditions: [
      'osteoarthritis',
      'rheumatoid-arthritis',
      'fibromyalgia',
      'lower-back-pain',
      'sciatica',
      'herniated-disc',
      'migraine',
    ],
  },
  {
    slug: 'daily-maintenance',
    name: 'Daily maintenance',
    purpose: 'daily-maintenance',
    summary:
      'About 15 to 20 minutes of self-massage each day to keep pain from building up. Doing it every day matters more than doing it hard.',
    items: [
      {
        technique: 'neck-and-shoulder-rolls',
        dosage: { durationMinutes: 3, frequency: 'daily' },
        note: 'Add a warm pack first if your neck feels stiff.',
      },
      {
        technique: 'arm-and-hand-self-massage',
        dosage: { durationMinutes: 3, frequency: 'daily' },
        note: 'A good one to do during a work break.',
      },
      {
        technique: 'calf-and-hamstring-rolling',
        dosage: { durationMinutes: 4, frequency: 'daily' },
        note: 'Two minutes on your calves, two on your hamstrings.',
      },
      {
        technique: 'glute-release-and-activation',
        dosage: { durationMinutes: 5, frequency: 'daily' },
        note: 'Roll first, then do your hip lifts.',
      },
      {
        technique: 'foot-reflexology',
        dosage: { durationMinutes: 3, frequency: 'daily' },
        note: 'Finish with your feet to end on a calm note.',
      },
    ],
    conditions: [
      'osteoarthritis',
      'fibromyalgia',
      'lower-back-pain',
      'sciatica',
      'herniated-disc',
      'migraine',
    ],
  },
]
