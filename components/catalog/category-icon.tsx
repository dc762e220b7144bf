import {
  Baby,
  Car,
  Dumbbell,
  Film,
  HeartPulse,
  House,
  Landmark,
  Laptop,
  type LucideIcon,
  PawPrint,
  Plane,
  Refrigerator,
  Shirt,
  ShoppingBasket,
  Sparkles,
  Tag,
  Zap,
} from 'lucide-react';

// The seed names icons by lucide name; only the ones used are bundled.
const icons: Record<string, LucideIcon> = {
  baby: Baby,
  car: Car,
  dumbbell: Dumbbell,
  film: Film,
  'heart-pulse': HeartPulse,
  house: House,
  home: House,
  landmark: Landmark,
  laptop: Laptop,
  'paw-print': PawPrint,
  plane: Plane,
  refrigerator: Refrigerator,
  shirt: Shirt,
  'shopping-basket': ShoppingBasket,
  sparkles: Sparkles,
  zap: Zap,
};

export function CategoryIcon({ name, className }: { name: string; className?: string }) {
  const Icon = icons[name] ?? Tag;
  return <Icon aria-hidden="true" className={className} />;
}
