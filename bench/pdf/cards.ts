import type { IllustrationSpec } from '../../seeds/illustrations'

/** Eight home-program techniques: the content of the benchmark's technique cards. */
export type CardContent = {
  name: string
  summary: string
  illustration: IllustrationSpec & { alt: string }
  steps: string[]
  dosage: Array<[label: string, value: string]>
  cues: string[]
  precautions: string[]
  note: string
}

export const CARDS: CardContent[] = [
  {
    name: 'Upper trapezius self-massage',
    summary: 'Eases the tight band between your neck and shoulder after long desk days.',
    illustration: {
      bodyRegion: 'shoulders',
      motion: 'knead',
      alt: 'Fingers kneading the muscle on top of the shoulder',
    },
    steps: [
      'Sit tall with both feet flat and your shoulders relaxed.',
      'Reach across with your right hand and rest your fingers on top of your left shoulder.',
      'Squeeze the muscle gently between fingers and palm, then release.',
      'Work slowly from the base of the neck out towards the shoulder tip.',
      'Switch sides and repeat.',
    ],
    dosage: [
      ['Duration', '2 min each side'],
      ['Pressure', 'Comfortable — 3 to 4 out of 10'],
      ['Time of day', 'Morning, after work'],
    ],
    cues: ['A spreading warmth under your fingers', 'Breathing slow and easy'],
    precautions: [
      'Stop if you feel tingling down the arm',
      'Keep pressure off the front of the neck',
    ],
    note: 'Pair this with the shoulder rolls below; aim for both before you start work.',
  },
  {
    name: 'Suboccipital release',
    summary: 'Softens the small muscles at the base of the skull that feed tension headaches.',
    illustration: {
      bodyRegion: 'head-neck',
      motion: 'press',
      alt: 'Fingertips pressing under the base of the skull',
    },
    steps: [
      'Lie on your back with your knees bent.',
      'Place your fingertips under the ridge at the base of your skull.',
      'Let the weight of your head rest on your fingers.',
      'Hold still and breathe out slowly; let the muscles melt.',
    ],
    dosage: [
      ['Duration', '90 s'],
      ['Repeats', '3'],
      ['Frequency', 'Daily, or when a headache starts'],
    ],
    cues: ['Your jaw loosening', 'Pressure easing after 30–60 s'],
    precautions: [
      'Avoid if you feel dizzy or your vision changes',
      'No pressure on the sides of the neck',
    ],
    note: 'Useful at the first sign of a headache — before reaching for painkillers.',
  },
  {
    name: 'Forearm glide',
    summary: 'Long strokes along the forearm for grip and wrist ache from typing.',
    illustration: {
      bodyRegion: 'arms-hands',
      motion: 'glide',
      alt: 'Palm gliding along the inside of the forearm',
    },
    steps: [
      'Rest your forearm on a table, palm up.',
      'Use the heel of your other hand to glide from wrist to elbow.',
      'Lift off and return to the wrist; repeat with the palm facing down.',
      'Add a little lotion if the skin drags.',
    ],
    dosage: [
      ['Strokes', '10 each side'],
      ['Pressure', 'Light to moderate'],
    ],
    cues: ['Fingers feeling lighter afterwards'],
    precautions: ['Skip any area with a rash, cut or swelling'],
    note: 'Do this during your afternoon break, away from the keyboard.',
  },
  {
    name: 'Chest opener on a doorway',
    summary: 'Stretches the front of the chest to balance a forward-rounded posture.',
    illustration: {
      bodyRegion: 'chest',
      motion: 'stretch',
      alt: 'Arms on a doorframe, chest leaning forward',
    },
    steps: [
      'Stand in a doorway with forearms on the frame, elbows at shoulder height.',
      'Step one foot through and lean forward until you feel a stretch across the chest.',
      'Keep your ribs down and your chin level.',
      'Hold, breathe, then step back to release.',
    ],
    dosage: [
      ['Hold', '30 s'],
      ['Repeats', '3'],
      ['Frequency', 'Twice a day'],
    ],
    cues: ['A stretch across the chest, not in the shoulder joint'],
    precautions: [
      'Stop if you feel pins and needles in your hands',
      'Keep elbows ≤ shoulder height',
    ],
    note: 'Go gently on the left side while the old shoulder strain settles.',
  },
  {
    name: 'Thoracic foam-roller extension',
    summary: 'Restores movement to the stiff middle back.',
    illustration: {
      bodyRegion: 'upper-back',
      motion: 'roll',
      alt: 'Foam roller under the upper back, lying face up',
    },
    steps: [
      'Lie face up with a foam roller across your upper back, knees bent.',
      'Support your head with your hands, elbows close together.',
      'Gently extend back over the roller, then return.',
      'Move the roller one hand-width lower and repeat.',
      'Stay above the lowest ribs.',
    ],
    dosage: [
      ['Reps', '8 per level'],
      ['Levels', '3'],
      ['Frequency', 'Once a day'],
    ],
    cues: ['Movement in the middle back, not the neck'],
    precautions: ['Never roll the lower back', 'Avoid if you have osteoporosis'],
    note: 'Your roller is the soft one from the clinic; keep using it for now.',
  },
  {
    name: 'Lower-back heat and breathing',
    summary: 'Heat and slow breathing to calm a guarded lower back.',
    illustration: {
      bodyRegion: 'lower-back',
      motion: 'hold',
      alt: 'Hands resting on the lower back over a heat pack',
    },
    steps: [
      'Warm a heat pack to a comfortable warmth (not hot: about 40 °C).',
      'Lie on your side with a pillow between your knees.',
      'Place the pack across your lower back.',
      'Breathe in for 4, out for 6, and let the back soften.',
    ],
    dosage: [
      ['Duration', '15 min'],
      ['Frequency', 'Up to 3 times a day'],
    ],
    cues: ['The back feeling warmer and less guarded'],
    precautions: ['Check the skin every 5 min', 'Never sleep on a heat pack'],
    note: 'Use this first on bad mornings, then try the gentle movements.',
  },
  {
    name: 'Glute ball press',
    summary: 'Targets tender points in the buttock that refer pain down the leg.',
    illustration: {
      bodyRegion: 'hips-glutes',
      motion: 'press',
      alt: 'Massage ball pressing into the side of the buttock',
    },
    steps: [
      'Stand with your back to a wall and place a massage ball behind one buttock.',
      'Lean into the ball until you find a tender point.',
      'Hold still and breathe until the tenderness eases by about half.',
      'Move to the next spot and repeat.',
    ],
    dosage: [
      ['Hold', '30–60 s per spot'],
      ['Spots', '3 to 4'],
      ['Pressure', 'Tender, not sharp'],
    ],
    cues: ['Tenderness fading while you hold'],
    precautions: ['Stop if pain shoots down the leg', 'Avoid the bony point of the hip'],
    note: 'Use the softer ball from your kit for the first week.',
  },
  {
    name: 'Calf roll',
    summary: 'Rolls out tight calves that pull on the heel and arch.',
    illustration: { bodyRegion: 'legs', motion: 'roll', alt: 'Calf resting on a foam roller' },
    steps: [
      'Sit on the floor with a roller under one calf.',
      'Lift your hips and roll slowly from the ankle to below the knee.',
      'Turn the leg in and out to reach both sides of the calf.',
      'Switch legs.',
    ],
    dosage: [
      ['Duration', '1 min each leg'],
      ['Speed', 'About 2 cm per second'],
      ['Frequency', 'After walks'],
    ],
    cues: ['Ankle moving more freely afterwards'],
    precautions: ['Avoid if the calf is hot, red or swollen — see the red flags'],
    note: '½ the pressure on the right side until the strain has healed.',
  },
]
